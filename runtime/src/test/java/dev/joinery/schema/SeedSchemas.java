package dev.joinery.schema;

import static dev.joinery.annotation.ReferentialAction.CASCADE;
import static dev.joinery.annotation.ReferentialAction.RESTRICT;
import static dev.joinery.annotation.ReferentialAction.SET_NULL;

import dev.joinery.annotation.ReferentialAction;
import dev.joinery.fixtures.AddressTable;
import dev.joinery.fixtures.CustomerTable;
import dev.joinery.meta.ValueType;
import java.util.List;

/**
 * The seed tutorials' tables as the processor would describe them, written by hand: what the
 * sync tests create and compare with the live catalog.
 */
final class SeedSchemas {
  private SeedSchemas() {}

  /** Seed 002: Tutorial hasMany Comment (FK NOT NULL, so CASCADE); a title index. */
  static final TableDef TUTORIALS = new TableDef("tutorials",
      List.of(id("id"),
          ColumnDef.of("title", ValueType.STRING).notNull(),
          ColumnDef.of("description", ValueType.STRING).asText(),
          ColumnDef.of("published", ValueType.BOOLEAN).notNull().withDefault("false")),
      List.of("id"),
      List.of(new IndexDef("tutorials_title", List.of("title"), false)),
      List.of());

  static final TableDef COMMENTS = new TableDef("comments",
      List.of(id("id"),
          ColumnDef.of("name", ValueType.STRING),
          ColumnDef.of("text", ValueType.STRING).asText(),
          ColumnDef.of("tutorial_id", ValueType.LONG).notNull()),
      List.of("id"),
      List.of(),
      List.of(fk("comments_tutorial_id_fkey", "tutorial_id", "tutorials", "id", CASCADE, CASCADE)));

  /** Many-to-many: Tutorial belongsToMany Tag through tutorial_tags. */
  static final TableDef TAGS = new TableDef("tags",
      List.of(id("id"), ColumnDef.of("name", ValueType.STRING).withLength(60).notNull()),
      List.of("id"),
      List.of(new IndexDef("tags_name_unique", List.of("name"), true)),
      List.of());

  static final TableDef TUTORIAL_TAGS = new TableDef("tutorial_tags",
      List.of(ColumnDef.of("tutorial_id", ValueType.LONG).notNull(),
          ColumnDef.of("tag_id", ValueType.LONG).notNull()),
      List.of("tutorial_id", "tag_id"),
      List.of(),
      List.of(fk("tutorial_tags_tutorial_id_fkey", "tutorial_id", "tutorials", "id", CASCADE, CASCADE),
          fk("tutorial_tags_tag_id_fkey", "tag_id", "tags", "id", CASCADE, CASCADE)));

  /** Seed 003: users on UUID keys; User belongsTo UserProfile through {@code profile}. */
  static final TableDef USER_PROFILES = new TableDef("user_profiles",
      List.of(ColumnDef.of("user_profile_id", ValueType.UUID).notNull(),
          ColumnDef.of("address", ValueType.STRING),
          ColumnDef.of("photo", ValueType.STRING)),
      List.of("user_profile_id"),
      List.of(),
      List.of());

  static final TableDef USERS = new TableDef("users",
      List.of(ColumnDef.of("user_id", ValueType.UUID).notNull(),
          ColumnDef.of("first_name", ValueType.STRING).withLength(100).notNull(),
          ColumnDef.of("last_name", ValueType.STRING).withLength(100),
          ColumnDef.of("email", ValueType.STRING),
          ColumnDef.of("profile", ValueType.UUID)),
      List.of("user_id"),
      List.of(new IndexDef("users_first_name_unique", List.of("first_name"), true)),
      List.of(fk("users_profile_fkey", "profile", "user_profiles", "user_profile_id", SET_NULL, CASCADE)));

  /** Seed 001: User hasOne Task, {@code task_owner} → first_name, RESTRICT both ways, named. */
  static final TableDef TASKS = new TableDef("tasks",
      List.of(id("id"),
          ColumnDef.of("task_name", ValueType.STRING),
          ColumnDef.of("task_owner", ValueType.STRING).withLength(100).notNull()),
      List.of("id"),
      List.of(new IndexDef("tasks_task_owner_unique", List.of("task_owner"), true)),
      List.of(fk("task_user_fk", "task_owner", "users", "first_name", RESTRICT, RESTRICT)));

  /** A two-table cycle: each team has a captain, each player a team. */
  static final TableDef TEAMS = new TableDef("teams",
      List.of(id("id"), ColumnDef.of("captain_id", ValueType.LONG)),
      List.of("id"),
      List.of(),
      List.of(fk("teams_captain_id_fkey", "captain_id", "players", "id", SET_NULL, CASCADE)));

  static final TableDef PLAYERS = new TableDef("players",
      List.of(id("id"), ColumnDef.of("team_id", ValueType.LONG)),
      List.of("id"),
      List.of(),
      List.of(fk("players_team_id_fkey", "team_id", "teams", "id", SET_NULL, CASCADE)));

  /** Customers and addresses (the reference fixtures) plus seeds 001, 002, 003 and a cycle. */
  static final SchemaDef MAIN = new SchemaDef(List.of(
      CustomerTable.INSTANCE.definition(), AddressTable.INSTANCE.definition(),
      TUTORIALS, COMMENTS, TAGS, TUTORIAL_TAGS,
      USER_PROFILES, USERS, TASKS,
      TEAMS, PLAYERS));

  /** Seed 004: unsigned INT keys, {@code created_by}, renamed timestamps; hasOne gets an index. */
  static final TableDef MEMBERS = new TableDef("users",
      List.of(ColumnDef.of("user_id", ValueType.INT).asUnsigned().asAutoIncrement(),
          ColumnDef.of("username", ValueType.STRING).notNull(),
          ColumnDef.of("created_at", ValueType.INSTANT).notNull(),
          ColumnDef.of("updated_at", ValueType.INSTANT).notNull()),
      List.of("user_id"),
      List.of(),
      List.of());

  static final TableDef STORIES = new TableDef("stories",
      List.of(ColumnDef.of("story_id", ValueType.INT).asUnsigned().asAutoIncrement(),
          ColumnDef.of("created_by", ValueType.INT).asUnsigned().notNull(),
          ColumnDef.of("title", ValueType.STRING).notNull(),
          ColumnDef.of("content", ValueType.STRING).asText().notNull(),
          ColumnDef.of("created_at", ValueType.INSTANT).notNull(),
          ColumnDef.of("updated_at", ValueType.INSTANT).notNull()),
      List.of("story_id"),
      List.of(new IndexDef("stories_created_by", List.of("created_by"), false)),
      List.of(fk("stories_created_by_fkey", "created_by", "users", "user_id", CASCADE, CASCADE)));

  static final SchemaDef STORIES_SCHEMA = new SchemaDef(List.of(MEMBERS, STORIES));

  static ColumnDef id(String name) {
    return ColumnDef.of(name, ValueType.LONG).asAutoIncrement();
  }

  static ForeignKeyDef fk(String name, String column, String table, String referenced,
      ReferentialAction onDelete, ReferentialAction onUpdate) {
    return new ForeignKeyDef(name, List.of(column), table, List.of(referenced), onDelete, onUpdate);
  }

  /** {@code schema} without table {@code name}. */
  static SchemaDef without(SchemaDef schema, String name) {
    return new SchemaDef(schema.tables().stream().filter(t -> !t.name().equals(name)).toList());
  }
}
