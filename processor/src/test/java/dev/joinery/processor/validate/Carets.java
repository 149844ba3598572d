package dev.joinery.processor.validate;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * The column of a diagnostic, for tests that pin the caret as well as the line: under the
 * annotation at fault rather than at the start of the declaration.
 */
final class Carets {
  private Carets() {}

  /** Asserts that each diagnostic with exactly {@code message} sits at {@code column} (1-based). */
  static void assertColumn(Compilation compilation, String message, long column) {
    List<Diagnostic<?>> found = compilation.diagnostics().stream()
        .filter(d -> d.getMessage(Locale.ROOT).equals(message))
        .<Diagnostic<?>>map(d -> d)
        .toList();
    assertWithMessage("diagnostics with this text: %s", message).that(found).isNotEmpty();
    for (Diagnostic<?> diagnostic : found) {
      assertWithMessage("column of %s", message).that(diagnostic.getColumnNumber())
          .isEqualTo(column);
    }
  }
}
