package dev.joinery.processor.testing;

import java.nio.file.Path;

/** Where the runtime's hand-written reference of generated code lives. */
public final class Fixtures {
  private Fixtures() {}

  /** Relative to the processor module, the working directory of its tests. */
  public static final Path FOLDER = Path.of("../runtime/src/test/java/dev/joinery/fixtures");
}
