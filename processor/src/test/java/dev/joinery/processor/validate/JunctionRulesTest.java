package dev.joinery.processor.validate;

import static dev.joinery.processor.validate.Sources.assertOnlyError;
import static dev.joinery.processor.validate.Sources.compile;
import static dev.joinery.processor.validate.Sources.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** belongsToMany: the junction table's name and columns, and both sides agreeing on them. */
class JunctionRulesTest {
  private static final JavaFileObject TAG = source("Tag",
      "@Table",
      "public record Tag(@Id @AutoIncrement Long id, String name) {}");

  @Test
  void throughLeftEmpty() {
    JavaFileObject tutorial = source("Tutorial",
        "@Table",
        "public record Tutorial(",
        "    @Id @AutoIncrement Long id,",
        "    @BelongsToMany(through = \"\") List<Tag> tags) {}");
    assertOnlyError(compile(tutorial, TAG),
        "[joinery:empty-through] @BelongsToMany(through) of Tutorial.tags is empty; name the"
            + " junction table, e.g. through = \"tutorial_tags\"",
        tutorial, "through = \"\"");
  }

  @Test
  void sidesThroughDifferentTables() {
    JavaFileObject tutorial = source("Tutorial",
        "@Table",
        "public record Tutorial(",
        "    @Id @AutoIncrement Long id,",
        "    @BelongsToMany(through = \"tutorial_tags\") List<Tag> tags) {}");
    JavaFileObject tag = source("Tag",
        "@Table",
        "public record Tag(",
        "    @Id @AutoIncrement Long id,",
        "    @BelongsToMany(through = \"tag_tutorials\") List<Tutorial> tutorials) {}");
    assertOnlyError(compile(tutorial, tag),
        "[joinery:junction-through-mismatch] @BelongsToMany Tag.tutorials goes through"
            + " \"tag_tutorials\" but its inverse Tutorial.tags goes through \"tutorial_tags\";"
            + " both sides of a many-to-many name the same junction table",
        tag, "through = \"tag_tutorials\"");
  }

  @Test
  void sidesWithKeysThatDoNotMirror() {
    JavaFileObject tutorial = source("Tutorial",
        "@Table",
        "public record Tutorial(",
        "    @Id @AutoIncrement Long id,",
        "    @BelongsToMany(through = \"tutorial_tags\", foreignKey = \"tutorial_ref\")",
        "    List<Tag> tags) {}");
    JavaFileObject tag = source("Tag",
        "@Table",
        "public record Tag(",
        "    @Id @AutoIncrement Long id,",
        "    @BelongsToMany(through = \"tutorial_tags\") List<Tutorial> tutorials) {}");
    assertOnlyError(compile(tutorial, tag),
        "[joinery:junction-keys-mismatch] @BelongsToMany Tutorial.tags and Tag.tutorials share"
            + " junction table \"tutorial_tags\" but their keys do not mirror: Tag.tutorials has"
            + " foreignKey \"tag_id\", otherKey \"tutorial_id\" where Tutorial.tags has foreignKey"
            + " \"tutorial_ref\", otherKey \"tag_id\"; write foreignKey = \"tag_id\","
            + " otherKey = \"tutorial_ref\" on Tag.tutorials",
        tag, "List<Tutorial> tutorials");
  }

  @Test
  void junctionNamedLikeATable() {
    JavaFileObject tutorial = source("Tutorial",
        "@Table",
        "public record Tutorial(",
        "    @Id @AutoIncrement Long id,",
        "    @BelongsToMany(through = \"tags\") List<Tag> tags) {}");
    assertOnlyError(compile(tutorial, TAG),
        "[joinery:junction-table-clash] junction table \"tags\" of @BelongsToMany Tutorial.tags"
            + " has the name of the table of Tag; choose another through name, e.g."
            + " \"tutorial_tags\"",
        tutorial, "through = \"tags\"");
  }

  @Test
  void junctionSharedByTwoManyToManys() {
    JavaFileObject tutorial = source("Tutorial",
        "@Table",
        "public record Tutorial(",
        "    @Id @AutoIncrement Long id,",
        "    @BelongsToMany(through = \"taggings\") List<Tag> tags) {}");
    JavaFileObject post = source("Post",
        "@Table",
        "public record Post(",
        "    @Id @AutoIncrement Long id,",
        "    @BelongsToMany(through = \"taggings\") List<Tag> tags) {}");
    assertOnlyError(compile(tutorial, post, TAG),
        "[joinery:junction-shared] junction table \"taggings\" of @BelongsToMany Post.tags is"
            + " already the junction of Tutorial.tags; a junction table serves one many-to-many,"
            + " declared on one or both of its sides: choose another through name",
        post, "through = \"taggings\"");
  }

  @Test
  void selfJunctionWithOneColumnName() {
    JavaFileObject user = source("User",
        "@Table",
        "public record User(",
        "    @Id @AutoIncrement Long id,",
        "    @BelongsToMany(through = \"friendships\") List<User> friends) {}");
    assertOnlyError(compile(user),
        "[joinery:junction-columns] both columns of junction table \"friendships\" of"
            + " User.friends are named \"user_id\"; give them different names, e.g."
            + " otherKey = \"friend_id\"",
        user, "through = \"friendships\"");
  }
}
