package dev.joinery.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.joinery.processor.JoineryProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Test sources in package {@code test} and assertions on the errors they produce. */
final class Sources {
  private Sources() {}

  /** A source file {@code test/<name>.java} with the imports every test record needs. */
  static JavaFileObject source(String name, String... lines) {
    List<String> all = new ArrayList<>(List.of(
        "package test;",
        "",
        "import dev.joinery.annotation.*;",
        "import java.math.BigDecimal;",
        "import java.time.*;",
        "import java.util.List;",
        "import java.util.UUID;",
        ""));
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("test." + name, all);
  }

  static Compilation compile(JavaFileObject... files) {
    return Compiler.javac().withProcessors(new JoineryProcessor()).compile(files);
  }

  /**
   * Asserts that the compilation failed with exactly {@code count} errors, one of which has
   * exactly {@code message} as its text, in {@code file} on the line containing {@code line}.
   */
  static void assertError(Compilation compilation, int count, String message,
      JavaFileObject file, String line) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(count);
    assertThat(compilation.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList())
        .contains(message);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }

  /** The only error of the compilation is {@code message}, at {@code line} of {@code file}. */
  static void assertOnlyError(Compilation compilation, String message, JavaFileObject file,
      String line) {
    assertError(compilation, 1, message, file, line);
  }

  /** Every error text, for a failure message that shows what was reported instead. */
  static List<String> errors(Compilation compilation) {
    return compilation.errors().stream().map(Diagnostic::toString).toList();
  }
}
