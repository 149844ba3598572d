package dev.joinery.it.seeds.tutorials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.UniqueConstraintException;
import dev.joinery.it.SeedDb;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** Tutorials ↔ tags through {@code tutorial_tags}: the mixins and includes, from both sides. */
class TagsTest {
  private TestDatabase db;
  private TutorialDao tutorials;
  private TagDao tags;
  private Tutorial joins;
  private Tutorial views;
  private Tag java;
  private Tag sql;
  private Tag h2;

  @BeforeEach
  void setUp(TestDatabase db) {
    this.db = db;
    SeedDb.sync(db, "tutorials", "tags", "tutorial_tags");
    tutorials = db.jdbi().onDemand(TutorialDao.class);
    tags = db.jdbi().onDemand(TagDao.class);
    joins = tutorials.create(Tutorial.of("Joins", "inner and outer"));
    views = tutorials.create(Tutorial.of("Views", "virtual tables"));
    List<Tag> created = tags.bulkCreate(List.of(Tag.of("java"), Tag.of("sql"), Tag.of("h2")));
    java = created.get(0);
    sql = created.get(1);
    h2 = created.get(2);
    db.counter().reset();
  }

  /** The junction's rows as "tutorial title|tag name", sorted. */
  private List<String> links() {
    return SeedDb.lines(db, "SELECT \"t\".\"title\", \"g\".\"name\" FROM \"tutorial_tags\" \"j\""
        + " JOIN \"tutorials\" \"t\" ON \"t\".\"id\" = \"j\".\"tutorial_id\""
        + " JOIN \"tags\" \"g\" ON \"g\".\"id\" = \"j\".\"tag_id\" ORDER BY \"t\".\"title\", \"g\".\"name\"");
  }

  private static Query<Tag> byName() {
    return Query.<Tag>all().orderBy(TagTable.NAME.asc());
  }

  @DatabaseTest
  void addsTagsFromEitherSide(TestDatabase db) {
    tutorials.addTags(joins, List.of(java, sql));
    tags.addTutorial(sql, views);

    assertThat(links()).containsExactly("Joins|java", "Joins|sql", "Views|sql");
    assertThat(tutorials.getTags(joins, byName())).containsExactly(java, sql);
    assertThat(tags.getTutorials(sql, Query.<Tutorial>all().orderBy(TutorialTable.ID.asc())))
        .containsExactly(joins, views);
    assertThat(tutorials.countTags(joins)).isEqualTo(2);
    assertThat(tutorials.hasTag(joins, java)).isTrue();
    assertThat(tutorials.hasTags(views, List.of(java, sql))).isFalse();
    assertThat(tags.countTutorials(h2)).isZero();
  }

  @DatabaseTest
  void removesAndSetsLinksButKeepsTheRows(TestDatabase db) {
    tutorials.addTags(joins, List.of(java, sql));
    tutorials.addTag(views, sql);

    tutorials.removeTag(joins, java);
    assertThat(links()).containsExactly("Joins|sql", "Views|sql");

    tags.removeTutorials(sql, List.of(joins, views));
    assertThat(links()).isEmpty();

    tutorials.setTags(views, List.of(java, h2));
    tutorials.setTags(views, List.of(h2, sql));
    assertThat(links()).containsExactly("Views|h2", "Views|sql");
    assertThat(SeedDb.lines(db, "SELECT COUNT(*) FROM \"tags\"")).containsExactly("3");
    assertThat(SeedDb.lines(db, "SELECT COUNT(*) FROM \"tutorials\"")).containsExactly("2");
  }

  @DatabaseTest
  void includesTagsAndTutorialsBothWaysWithOneMoreStatementEach(TestDatabase db) {
    tutorials.addTags(joins, List.of(java, sql));
    tutorials.addTag(views, sql);
    db.counter().reset();

    List<Tutorial> withTags = tutorials.findAll(Query.<Tutorial>include(
        TutorialTable.TAGS.include().orderBy(TagTable.NAME.asc())).orderBy(TutorialTable.ID.asc()));
    List<Tag> withTutorials = tags.findAll(Query.<Tag>include(
        TagTable.TUTORIALS.include().orderBy(TutorialTable.ID.asc())).orderBy(TagTable.NAME.asc()));

    assertThat(db.counter().count()).isEqualTo(2 + 2);
    assertThat(withTags).extracting(t -> t.tags().stream().map(Tag::name).toList())
        .containsExactly(List.of("java", "sql"), List.of("sql"));
    assertThat(withTutorials).extracting(Tag::name).containsExactly("h2", "java", "sql");
    assertThat(withTutorials).extracting(t -> t.tutorials().stream().map(Tutorial::title).toList())
        .containsExactly(List.of(), List.of("Joins"), List.of("Joins", "Views"));
  }

  @DatabaseTest
  void createsATutorialWithNewAndExistingTags(TestDatabase db) {
    Tutorial created = tutorials.create(new Tutorial(null, "Records", null, true, null, null, null,
        List.of(java, Tag.of("jdbc"))), TutorialTable.TAGS);

    assertThat(db.counter().count()).as("tutorial, new tags, junction rows").isEqualTo(3);
    assertThat(created.tags().get(0)).isEqualTo(java);
    assertThat(created.tags().get(1).id()).isNotNull();
    assertThat(links()).containsExactly("Records|java", "Records|jdbc");
  }

  @DatabaseTest
  void aNestedCreateThatFailsHalfwayLeavesNoRowBehind(TestDatabase db) {
    Tutorial doomed = new Tutorial(null, "Doomed", null, true, null, null, null,
        List.of(Tag.of("new"), Tag.of("java")));

    assertThatThrownBy(() -> tutorials.create(doomed, TutorialTable.TAGS))
        .isInstanceOf(UniqueConstraintException.class)
        .hasMessageStartingWith("Unique constraint violated on tags.name");

    assertThat(db.counter().count()).as("the tutorial, then the failing tags").isEqualTo(2);
    assertThat(SeedDb.lines(db, "SELECT \"title\" FROM \"tutorials\" ORDER BY \"id\""))
        .containsExactly("Joins", "Views");
    assertThat(SeedDb.lines(db, "SELECT \"name\" FROM \"tags\" ORDER BY \"id\""))
        .containsExactly("java", "sql", "h2");
    assertThat(links()).isEmpty();
  }
}
