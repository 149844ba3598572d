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
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated code of the fixture records, compared with golden files, and the golden files
 * compared with the runtime's hand-written fixtures, so that what the runtime is tested with is
 * exactly what the processor generates. Run with {@code -Djoinery.golden.update=true} to rewrite
 * the golden files after an intended change (then copy them over the fixtures).
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("joinery.golden.update");

  @ParameterizedTest
  @ValueSource(strings = {"CustomerTable", "AddressTable", "CustomerDao"})
  void generatedCodeMatchesGoldenFile(String className) throws IOException {
    Compilation compilation = Compilations.compile(
        List.of(Compilations.fixture("Customer"), Compilations.fixture("Address")));
    assertThat(compilation).succeededWithoutWarnings();

    JavaFileObject generated = compilation
        .generatedSourceFile("dev.joinery.fixtures." + className).orElseThrow();
    String actual = generated.getCharContent(false).toString();
    Path golden = GOLDEN.resolve(className + ".java");
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual);
    }
    assertThat(actual).isEqualTo(Files.readString(golden));
  }

  @ParameterizedTest
  @ValueSource(strings = {"CustomerTable", "AddressTable", "CustomerDao"})
  void handWrittenFixtureIsTheGoldenFile(String className) throws IOException {
    assertThat(Files.readString(Fixtures.FOLDER.resolve(className + ".java")))
        .isEqualTo(Files.readString(GOLDEN.resolve(className + ".java")));
  }
}
