package dev.joinery.jackson;

import static dev.joinery.jackson.JoineryModuleTest.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.joinery.fixtures.Tutorial;
import dev.joinery.jackson.stories.Author;
import dev.joinery.jackson.stories.Club;
import org.junit.jupiter.api.Test;

/** JSON that cannot be a record: every mistake of the document at once, each at its path. */
class RecordReadingTest {
  @Test
  void everyMistakeOfANestedBodyAtItsJsonPath() {
    RecordJsonException e = catchThrowableOfType(RecordJsonException.class,
        () -> MAPPER.readValue("{\"id\":\"x\",\"title\":null,\"published\":\"yes\","
            + "\"colour\":\"red\",\"comments\":[{\"name\":\"ann\"},{\"text\":5},3],"
            + "\"tags\":{\"name\":\"sql\"}}", Tutorial.class));

    assertThat(e.problems()).extracting(JsonProblem::toString).containsExactly(
        "$.id: tutorials.id must be an integer (got \"x\")",
        "$.published: tutorials.published must be true or false (got \"yes\")",
        "$.colour: tutorials has no attribute or association 'colour' (attributes: id, title,"
            + " description, published, createdAt, updatedAt; associations: comments, tags)",
        "$.comments[1].text: comments.text must be a string (got 5)",
        "$.comments[1].name: comments.name cannot be null",
        "$.comments[2]: $.comments[2] must be an object (a row of comments)",
        "$.tags: $.tags must be an array (of rows of tags)",
        "$.title: tutorials.title cannot be null");
    assertThat(e.getOriginalMessage()).startsWith("8 problems in the JSON of a row of tutorials:"
        + " $.id: tutorials.id must be an integer");
  }

  @Test
  void theTablesOwnRulesRunOnEveryNestedRow() {
    RecordJsonException e = catchThrowableOfType(RecordJsonException.class,
        () -> MAPPER.readValue("{\"username\":\"boris\",\"email\":\"not-an-address\","
            + "\"story\":{\"createdBy\":null,\"genre\":\"EPIC\"}}", Author.class));

    // createdBy is filled by the nested create, the generated key and timestamp by the database.
    assertThat(e.problems()).extracting(JsonProblem::toString).containsExactly(
        "$.story.genre: stories.genre must be one of FABLE, SATIRE (got \"EPIC\")",
        "$.story.title: stories.title cannot be null",
        "$.password: authors.password cannot be null",
        "$.email: authors.email must be an e-mail address");
  }

  @Test
  void linksWithAPayloadAtTheirJsonPaths() {
    RecordJsonException e = catchThrowableOfType(RecordJsonException.class,
        () -> MAPPER.readValue("{\"name\":\"Dacha\",\"members\":[{\"target\":{}},3,"
            + "{\"target\":{\"username\":\"ann\",\"password\":\"p\"},\"link\":{\"role\":null,"
            + "\"rank\":1}}]}", Club.class));

    // The link's keys to both sides are filled by the nested create, so not required.
    assertThat(e.problems()).extracting(JsonProblem::toString).containsExactly(
        "$.members[0]: $.members[0] must be {\"target\": a row of authors, \"link\": a row of"
            + " memberships}",
        "$.members[1]: $.members[1] must be {\"target\": a row of authors, \"link\": a row of"
            + " memberships}",
        "$.members[2].link.rank: memberships has no attribute or association 'rank' (attributes:"
            + " id, role, clubId, authorId; associations: club, author)",
        "$.members[2].link.role: memberships.role cannot be null");
  }
}
