package dev.joinery.processor.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills Javadoc text to the 100-column lines of the generated files. Generated comments contain
 * the user's names, so they cannot be wrapped by hand; an inline tag (a code tag around
 * {@code customer.getAddress()}, say) is kept on one line.
 */
final class Javadoc {
  private static final int LINE = 100;

  private Javadoc() {}

  /** Text for a type's Javadoc (lines start with " * "). */
  static String forType(String text) {
    return fill(text, LINE - 3);
  }

  /** Text for a member's Javadoc (lines start with "   * "). */
  static String forMember(String text) {
    return fill(text, LINE - 5);
  }

  private static String fill(String text, int width) {
    StringBuilder out = new StringBuilder();
    int column = 0;
    for (String word : words(text)) {
      if (column > 0 && column + 1 + word.length() > width) {
        out.append('\n');
        column = 0;
      } else if (column > 0) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += word.length();
    }
    return out.append('\n').toString();
  }

  /** Words separated by spaces, an inline tag with its content counting as one word. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      }
      if (c == ' ' && depth == 0) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }
}
