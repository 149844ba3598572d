package dev.joinery.processor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The runtime's hand-written reference of generated code (runtime/src/test/java/dev/joinery/
 * fixtures): the records the processor tests compile, and the golden files of what they
 * generate. The build copies them onto the test classpath under {@code golden/}, so the tests
 * read them wherever they run from.
 */
public final class Fixtures {
  private Fixtures() {}

  /**
   * The fixture source folder, to rewrite golden files on purpose: relative to the processor
   * module, whose directory Surefire passes as {@code basedir}.
   */
  public static final Path FOLDER = Path.of(System.getProperty("basedir", "."))
      .resolve("../runtime/src/test/java/dev/joinery/fixtures").normalize();

  /** The fixture file {@code fileName} ({@code Customer.java}) on the test classpath. */
  public static URL resource(String fileName) {
    URL url = Fixtures.class.getResource("/golden/" + fileName);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + fileName + " on the test classpath");
    }
    return url;
  }

  /** The text of the fixture file {@code fileName}. */
  public static String read(String fileName) {
    try (var in = resource(fileName).openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
