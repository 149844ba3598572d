package dev.joinery.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.joinery.processor.testing.Compilations;
import dev.joinery.processor.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden files of generated code are the runtime's fixtures themselves
 * (runtime/src/test/java/dev/joinery/fixtures): the runtime is tested with exactly what the
 * processor generates for those records, and there is one copy to keep. The test reads them from
 * its classpath; run with {@code -Djoinery.golden.update=true} to rewrite the fixture sources
 * after an intended change.
 */
class GoldenFilesTest {
  private static final List<String> RECORDS =
      List.of("Customer", "Address", "Tutorial", "Comment", "Tag", "User", "UserProfile", "Task");
  private static final boolean UPDATE = Boolean.getBoolean("joinery.golden.update");

  private static Compilation compilation;

  @BeforeAll
  static void compileFixtureRecords() {
    compilation = Compilations.compile(RECORDS.stream().map(Compilations::fixture).toList());
    assertThat(compilation).succeededWithoutWarnings();
  }

  static Stream<String> generatedClasses() {
    return RECORDS.stream().flatMap(name -> Stream.of(name + "Table", name + "Dao"));
  }

  @ParameterizedTest
  @MethodSource("generatedClasses")
  void generatedCodeIsTheFixture(String className) throws IOException {
    JavaFileObject generated = compilation
        .generatedSourceFile("dev.joinery.fixtures." + className).orElseThrow();
    String actual = generated.getCharContent(false).toString();
    if (UPDATE) {
      // The classpath holds the copy made before the update, so the source is read back.
      Path fixture = Fixtures.FOLDER.resolve(className + ".java");
      Files.writeString(fixture, actual);
      assertThat(Files.readString(fixture)).isEqualTo(actual);
      return;
    }
    assertThat(actual).isEqualTo(Fixtures.read(className + ".java"));
  }
}
