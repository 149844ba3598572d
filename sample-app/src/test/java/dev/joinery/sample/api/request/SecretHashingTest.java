package dev.joinery.sample.api.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.joinery.sample.api.ApiException;
import dev.joinery.sample.model.Author;
import dev.joinery.sample.model.AuthorTable;
import dev.joinery.sample.model.Story;
import dev.joinery.sample.model.StoryTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The password is hashed only for a body that passed validation: an invalid body costs no hash,
 * whatever password it carries. Counted on the hash function the reader is wired with.
 */
class SecretHashingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> hashed = new ArrayList<>();
  private final RecordReader reader = new RecordReader(new Secrets(Set.of(AuthorTable.PASSWORD),
      plain -> {
        hashed.add(plain);
        return "hash-of-" + plain;
      }));

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void invalidAuthorBodyWithAPasswordHashesNothing() throws Exception {
    assertThatThrownBy(() -> reader.readNew(AuthorTable.INSTANCE,
        json("{\"username\":\"ada\",\"email\":\"not an e-mail\",\"password\":\"s3cret\"}"),
        List.of()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.violations())
            .extracting(v -> v.property() + ":" + v.rule()).containsExactly("email:isEmail"));
    assertThatThrownBy(() -> reader.readNew(AuthorTable.INSTANCE,
        json("{\"password\":\"s3cret\",\"nickname\":\"x\"}"), List.of()))
        .isInstanceOf(ApiException.class);
    // Nested under a story whose own columns are wrong.
    assertThatThrownBy(() -> reader.readNew(StoryTable.INSTANCE,
        json("{\"title\":7,\"content\":\"c\",\"author\":{\"username\":\"ada\",\"password\":\"p\"}}"),
        List.of()))
        .isInstanceOf(ApiException.class);
    Author existing = new Author(1, "ada", null, "hash-of-old", null);
    assertThatThrownBy(() -> reader.readChanges(AuthorTable.INSTANCE,
        json("{\"password\":\"new\",\"email\":\"nope\"}"), existing))
        .isInstanceOf(ApiException.class);

    assertThat(hashed).isEmpty();
  }

  @Test
  void validBodyHashesEachPasswordOnceAndStoresTheHash() throws Exception {
    Author created = reader.readNew(AuthorTable.INSTANCE,
        json("{\"username\":\"ada\",\"email\":\"ada@example.com\",\"password\":\"s3cret\"}"),
        List.of()).row();
    assertThat(created.password()).isEqualTo("hash-of-s3cret");

    Story story = reader.readNew(StoryTable.INSTANCE,
        json("{\"title\":\"t\",\"content\":\"c\",\"author\":{\"username\":\"bo\",\"password\":\"p\"}}"),
        List.of()).row();
    assertThat(story.author().password()).isEqualTo("hash-of-p");

    Author changed = reader.readChanges(AuthorTable.INSTANCE, json("{\"password\":\"new\"}"),
        new Author(1, "ada", null, "hash-of-old", null));
    assertThat(changed.password()).isEqualTo("hash-of-new");

    assertThat(hashed).containsExactly("s3cret", "p", "new");
  }

  @Test
  void bodyWithoutASecretIsReadOnce() throws Exception {
    Author changed = reader.readChanges(AuthorTable.INSTANCE, json("{\"email\":\"a@b.org\"}"),
        new Author(1, "ada", null, "hash-of-old", null));
    assertThat(changed.password()).isEqualTo("hash-of-old");
    assertThat(hashed).isEmpty();
  }
}
