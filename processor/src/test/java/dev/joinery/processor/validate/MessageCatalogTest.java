package dev.joinery.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalog itself: stable, distinct tags, and a negative test for every message. */
class MessageCatalogTest {
  private static final Path TESTS = Path.of("src/test/java/dev/joinery/processor/validate");

  @Test
  void tagsAreDistinctAndKebabCase() {
    Set<String> tags = new HashSet<>();
    for (Message message : Message.values()) {
      assertThat(message.tag()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertWithMessage("tag of %s", message).that(tags.add(message.tag())).isTrue();
    }
  }

  @Test
  void everyMessageHasANegativeTest() throws IOException {
    String tests;
    try (Stream<Path> files = Files.list(TESTS)) {
      tests = files.filter(f -> f.toString().endsWith("Test.java"))
          .filter(f -> !f.getFileName().toString().equals("MessageCatalogTest.java"))
          .map(MessageCatalogTest::read)
          .collect(Collectors.joining("\n"));
    }
    // The tests assert full message texts, which start with the tag.
    String untested = Arrays.stream(Message.values())
        .filter(m -> !tests.contains("\"[joinery:" + m.tag() + "] "))
        .map(Message::name)
        .collect(Collectors.joining(", "));
    assertWithMessage("messages without a negative test").that(untested).isEmpty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
