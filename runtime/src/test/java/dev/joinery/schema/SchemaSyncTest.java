package dev.joinery.schema;

import static dev.joinery.schema.CatalogAssert.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.SchemaSyncRefusedException;
import dev.joinery.dialect.Dialect;
import dev.joinery.dialect.Dialect.ConstraintKind;
import dev.joinery.fixtures.CustomerTable;
import dev.joinery.meta.ValueType;
import dev.joinery.testing.Catalog;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

class SchemaSyncTest {
  @DatabaseTest
  void createsTheSeedSchemaAsDeclared(TestDatabase db) {
    sync(db, SeedSchemas.MAIN, SyncMode.CREATE);

    Catalog catalog = Catalog.of(db);
    assertMatches(catalog, SeedSchemas.MAIN);
    assertThat(catalog.primaryKey("tutorial_tags")).containsExactly("tutorial_id", "tag_id");
    assertThat(catalog.columns("users")).extracting(Catalog.ColumnFact::name)
        .containsExactly("user_id", "first_name", "last_name", "email", "profile");
    assertThat(type(db, catalog, "customers", "id")).isEqualTo(expect(db, "BIGINT", "BIGINT", "int8"));
    assertThat(type(db, catalog, "customers", "firstname")).isEqualTo(expect(db, "CHARACTER VARYING(100)", "VARCHAR(100)", "varchar(100)"));
    assertThat(type(db, catalog, "customers", "age")).isEqualTo(expect(db, "INTEGER", "INT", "int4"));
    assertThat(type(db, catalog, "tutorials", "description")).isEqualTo(expect(db, "CHARACTER VARYING(1000000000)", "TEXT", "text"));
    assertThat(type(db, catalog, "tutorials", "published")).isEqualTo(expect(db, "BOOLEAN", "BIT", "bool"));
    assertThat(type(db, catalog, "users", "user_id")).isEqualTo(expect(db, "UUID", "CHAR(36)", "uuid"));
    assertThat(type(db, catalog, "users", "profile")).isEqualTo(expect(db, "UUID", "CHAR(36)", "uuid"));
  }

  @DatabaseTest
  void createsUnsignedKeysAndUtcTimestamps(TestDatabase db) {
    sync(db, SeedSchemas.STORIES_SCHEMA, SyncMode.CREATE);

    Catalog catalog = Catalog.of(db);
    assertMatches(catalog, SeedSchemas.STORIES_SCHEMA);
    assertThat(type(db, catalog, "stories", "story_id")).isEqualTo(expect(db, "BIGINT", "INT UNSIGNED", "int8"));
    assertThat(type(db, catalog, "stories", "created_by")).isEqualTo(expect(db, "BIGINT", "INT UNSIGNED", "int8"));
    assertThat(type(db, catalog, "stories", "created_at"))
        .isEqualTo(expect(db, "TIMESTAMP WITH TIME ZONE(6)", "DATETIME(26)", "timestamptz(6)"));
    // Unsigned is a CHECK where the type cannot say it, out of range on MySQL: refused alike.
    db.execute("INSERT INTO " + db.q("users") + " (" + db.q("username") + ", " + db.q("created_at") + ", "
        + db.q("updated_at") + ") VALUES ('ann', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    assertThat(violation(db, "UPDATE " + db.q("users") + " SET " + db.q("user_id") + " = -1"))
        .isEqualTo(ConstraintKind.CHECK);
  }

  @DatabaseTest
  void enforcesTheDeclaredRules(TestDatabase db) throws SQLException {
    sync(db, SeedSchemas.MAIN, SyncMode.CREATE);
    UUID profile = UUID.randomUUID();
    UUID user = UUID.randomUUID();
    try (Connection connection = db.dataSource().getConnection()) {
      insertUuids(db, connection, "INSERT INTO " + db.q("user_profiles") + " (" + db.q("user_profile_id") + ") VALUES (?)", profile);
      insertUuids(db, connection, "INSERT INTO " + db.q("users") + " (" + db.q("user_id") + ", "
          + db.q("first_name") + ", " + db.q("profile") + ") VALUES (?, 'ann', ?)", user, profile);
    }
    db.execute(
        "INSERT INTO " + db.q("tasks") + " (" + db.q("task_name") + ", " + db.q("task_owner") + ") VALUES ('write', 'ann')",
        "INSERT INTO " + db.q("tutorials") + " (" + db.q("title") + ") VALUES ('t1')",
        "INSERT INTO " + db.q("comments") + " (" + db.q("tutorial_id") + ") VALUES (1)",
        "INSERT INTO " + db.q("tags") + " (" + db.q("name") + ") VALUES ('java')",
        "INSERT INTO " + db.q("tutorial_tags") + " VALUES (1, 1)");

    // RESTRICT both ways on task_user_fk; unique tag names; junction keys must exist.
    assertThat(violation(db, "DELETE FROM " + db.q("users"))).isEqualTo(ConstraintKind.FOREIGN_KEY);
    assertThat(violation(db, "UPDATE " + db.q("users") + " SET " + db.q("first_name") + " = 'bob'"))
        .isEqualTo(ConstraintKind.FOREIGN_KEY);
    assertThat(violation(db, "INSERT INTO " + db.q("tags") + " (" + db.q("name") + ") VALUES ('java')"))
        .isEqualTo(ConstraintKind.UNIQUE);
    assertThat(violation(db, "INSERT INTO " + db.q("tutorial_tags") + " VALUES (1, 2)"))
        .isEqualTo(ConstraintKind.FOREIGN_KEY);
    assertThat(violation(db, "INSERT INTO " + db.q("comments") + " (" + db.q("name") + ") VALUES ('orphan')"))
        .isEqualTo(ConstraintKind.NOT_NULL);

    // SET NULL: a user outlives its profile. CASCADE: comments and tag links go with the tutorial.
    db.execute("DELETE FROM " + db.q("user_profiles"));
    assertThat(count(db, "users", db.q("profile") + " IS NULL")).isEqualTo(1);
    db.execute("DELETE FROM " + db.q("tutorials"));
    assertThat(count(db, "comments", null)).isZero();
    assertThat(count(db, "tutorial_tags", null)).isZero();
    assertThat(count(db, "tags", null)).isEqualTo(1);
  }

  @DatabaseTest
  void createTwiceIsHarmless(TestDatabase db) {
    List<String> first = sync(db, SeedSchemas.MAIN, SyncMode.CREATE);
    db.execute("INSERT INTO " + db.q("tutorials") + " (" + db.q("title") + ") VALUES ('kept')");

    assertThat(first).isEqualTo(DdlScript.statements(SeedSchemas.MAIN, db.dialect()));
    assertThat(sync(db, SeedSchemas.MAIN, SyncMode.CREATE)).isEmpty();
    assertThat(Catalog.of(db).rowCount("tutorials")).isEqualTo(1);
  }

  @DatabaseTest
  void createAddsOnlyTheMissingTables(TestDatabase db) {
    sync(db, SeedSchemas.without(SeedSchemas.MAIN, "comments"), SyncMode.CREATE);

    List<String> plan = plan(db, SeedSchemas.MAIN, SyncMode.CREATE);

    assertThat(plan).containsExactlyElementsOf(creating(SeedSchemas.COMMENTS, db.dialect()));
    sync(db, SeedSchemas.MAIN, SyncMode.CREATE);
    assertMatches(Catalog.of(db), SeedSchemas.MAIN);
  }

  @DatabaseTest
  void forceDropsTheDataAndRecreatesEvenACycle(TestDatabase db) {
    sync(db, SeedSchemas.MAIN, SyncMode.CREATE);
    db.execute(
        "INSERT INTO " + db.q("teams") + " (" + db.q("id") + ") VALUES (1)",
        "INSERT INTO " + db.q("players") + " (" + db.q("id") + ", " + db.q("team_id") + ") VALUES (1, 1)",
        "UPDATE " + db.q("teams") + " SET " + db.q("captain_id") + " = 1",
        "INSERT INTO " + db.q("customers") + " (" + db.q("age") + ") VALUES (30)");

    List<String> plan = plan(db, SeedSchemas.MAIN, SyncMode.FORCE);
    assertThat(plan.get(0)).isEqualTo(db.dialect().dropForeignKey("teams", "teams_captain_id_fkey"));
    assertThat(plan.get(1)).isEqualTo(db.dialect().dropTable("players"));
    assertThat(plan.get(11)).isEqualTo(db.dialect().dropTable("customers"));
    assertThat(plan.subList(12, plan.size())).isEqualTo(DdlScript.statements(SeedSchemas.MAIN, db.dialect()));

    sync(db, SeedSchemas.MAIN, SyncMode.FORCE);

    assertMatches(Catalog.of(db), SeedSchemas.MAIN);
    for (TableDef table : SeedSchemas.MAIN.tables()) {
      assertThat(Catalog.of(db).rowCount(table.name())).as(table.name()).isZero();
    }
  }

  @DatabaseTest
  void alterAfterCreatePlansNothing(TestDatabase db) {
    sync(db, SeedSchemas.MAIN, SyncMode.CREATE);
    assertThat(plan(db, SeedSchemas.MAIN, SyncMode.ALTER)).isEmpty();
  }

  @DatabaseTest
  void alterAfterCreatePlansNothingForUnsignedKeys(TestDatabase db) {
    sync(db, SeedSchemas.STORIES_SCHEMA, SyncMode.CREATE);
    assertThat(plan(db, SeedSchemas.STORIES_SCHEMA, SyncMode.ALTER)).isEmpty();
  }

  @DatabaseTest
  void alterAddsExactlyWhatIsMissingAndKeepsTheRows(TestDatabase db) {
    Dialect dialect = db.dialect();
    sync(db, SeedSchemas.MAIN, SyncMode.CREATE);
    db.execute(
        "INSERT INTO " + db.q("tutorials") + " (" + db.q("title") + ") VALUES ('t1'), ('t2')",
        "INSERT INTO " + db.q("comments") + " (" + db.q("tutorial_id") + ") VALUES (1), (2), (2)",
        "ALTER TABLE " + db.q("tutorials") + " DROP COLUMN " + db.q("description"),
        dropIndex(db, "tutorials", "tutorials_title"),
        dialect.dropForeignKey("comments", "comments_tutorial_id_fkey"),
        dialect.dropTable("tutorial_tags"));

    List<String> plan = plan(db, SeedSchemas.MAIN, SyncMode.ALTER);

    List<String> expected = new ArrayList<>();
    // Table by table its additions (one ALTER TABLE on MySQL), then the missing tables.
    expected.addAll(dialect.alterTable(SeedSchemas.TUTORIALS,
        List.of(SeedSchemas.TUTORIALS.column("description").orElseThrow()),
        List.of(SeedSchemas.TUTORIALS.indexes().get(0)), List.of()));
    expected.addAll(dialect.alterTable(SeedSchemas.COMMENTS, List.of(), List.of(),
        List.of(SeedSchemas.COMMENTS.foreignKeys().get(0))));
    expected.addAll(creating(SeedSchemas.TUTORIAL_TAGS, dialect));
    assertThat(plan).containsExactlyElementsOf(expected);

    db.counter().reset();
    assertThat(sync(db, SeedSchemas.MAIN, SyncMode.ALTER)).isEqualTo(plan);
    assertThat(db.counter().statements()).containsExactlyElementsOf(plan);

    assertMatches(Catalog.of(db), SeedSchemas.MAIN);
    assertThat(Catalog.of(db).rowCount("tutorials")).isEqualTo(2);
    assertThat(Catalog.of(db).rowCount("comments")).isEqualTo(3);
    assertThat(plan(db, SeedSchemas.MAIN, SyncMode.ALTER)).isEmpty();
  }

  @DatabaseTest
  void alterAddsATableWhoseForeignKeyNeedsAnExistingTablesNewUniqueIndex(TestDatabase db) {
    sync(db, new SchemaDef(List.of(withoutIndexes(SeedSchemas.USER_PROFILES), withoutIndexes(SeedSchemas.USERS))),
        SyncMode.CREATE);

    List<String> plan = plan(db, SeedSchemas.MAIN, SyncMode.ALTER);

    // users' unique index on first_name comes before tasks, whose foreign key references it.
    List<String> tasks = creating(SeedSchemas.TASKS, db.dialect());
    assertThat(plan.indexOf(db.dialect().alterTable(SeedSchemas.USERS, List.of(),
            List.of(SeedSchemas.USERS.indexes().get(0)), List.of()).get(0)))
        .isLessThan(indexOfPrefix(plan, tasks.get(0)));
    assertThat(plan.subList(plan.indexOf(tasks.get(0)), plan.size())).startsWith(tasks.toArray(String[]::new));
    sync(db, SeedSchemas.MAIN, SyncMode.ALTER);
    assertMatches(Catalog.of(db), SeedSchemas.MAIN);
    assertThat(plan(db, SeedSchemas.MAIN, SyncMode.ALTER)).isEmpty();
  }

  @DatabaseTest
  void alterAcceptsAnEquivalentIndexUnderAnotherName(TestDatabase db) {
    SchemaDef tutorials = new SchemaDef(List.of(SeedSchemas.TUTORIALS));
    sync(db, tutorials, SyncMode.CREATE);
    db.execute(dropIndex(db, "tutorials", "tutorials_title"),
        "CREATE INDEX " + db.q("legacy_title") + " ON " + db.q("tutorials") + " (" + db.q("title") + ")");

    assertThat(plan(db, tutorials, SyncMode.ALTER)).isEmpty();
  }

  @DatabaseTest
  void alterRefusesANotNullColumnWithoutDefaultOnATableWithRows(TestDatabase db) {
    TableDef before = new TableDef("customers",
        CustomerTable.INSTANCE.definition().columns().subList(0, 3), List.of("id"), List.of(), List.of());
    sync(db, new SchemaDef(List.of(before)), SyncMode.CREATE);
    db.execute("INSERT INTO " + db.q("customers") + " (" + db.q("firstname") + ") VALUES ('ann')");
    SchemaDef after = new SchemaDef(List.of(CustomerTable.INSTANCE.definition()));

    assertThatThrownBy(() -> plan(db, after, SyncMode.ALTER))
        .isInstanceOfSatisfying(SchemaSyncRefusedException.class, e -> {
          assertThat(e.table()).isEqualTo("customers");
          assertThat(e.column()).isEqualTo("age");
        })
        .hasMessage("Cannot add NOT NULL column \"age\" to table \"customers\": the table has rows and"
            + " the column has no default value. Give it a default (@Column(defaultValue = ...)),"
            + " make it nullable, or add and fill it yourself before syncing.");
    assertThatThrownBy(() -> sync(db, after, SyncMode.ALTER))
        .isInstanceOf(SchemaSyncRefusedException.class);
    assertThat(Catalog.of(db).column("customers", "age")).isEmpty();

    TableDef withDefault = new TableDef("customers",
        List.of(before.columns().get(0), before.columns().get(1), before.columns().get(2),
            ColumnDef.of("age", ValueType.INT).notNull().withDefault("18")),
        List.of("id"), List.of(), List.of());
    sync(db, new SchemaDef(List.of(withDefault)), SyncMode.ALTER);
    int age = db.jdbi().withHandle(h -> h.createQuery("SELECT " + db.q("age") + " FROM " + db.q("customers"))
        .mapTo(Integer.class).one());
    assertThat(age).isEqualTo(18);
  }

  @DatabaseTest
  void alterAddsANotNullColumnToAnEmptyTable(TestDatabase db) {
    TableDef before = new TableDef("customers",
        CustomerTable.INSTANCE.definition().columns().subList(0, 3), List.of("id"), List.of(), List.of());
    sync(db, new SchemaDef(List.of(before)), SyncMode.CREATE);

    sync(db, new SchemaDef(List.of(CustomerTable.INSTANCE.definition())), SyncMode.ALTER);

    assertThat(Catalog.of(db).column("customers", "age").orElseThrow().nullable()).isFalse();
  }

  @DatabaseTest
  void planReturnsTheSqlWithoutRunningIt(TestDatabase db) {
    List<String> create = plan(db, SeedSchemas.MAIN, SyncMode.CREATE);
    List<String> alter = plan(db, SeedSchemas.MAIN, SyncMode.ALTER);
    List<String> force = plan(db, SeedSchemas.MAIN, SyncMode.FORCE);

    List<String> script = DdlScript.statements(SeedSchemas.MAIN, db.dialect());
    assertThat(create).isEqualTo(script);
    assertThat(alter).isEqualTo(script);
    assertThat(force).isEqualTo(script); // nothing to drop yet
    assertThat(Catalog.of(db).tables()).isEmpty();
    assertThat(db.counter().count()).isZero();
  }

  @DatabaseTest
  void runsDdlVerbatimWhateverTheDefaultsContain(TestDatabase db) {
    TableDef notes = new TableDef("notes",
        List.of(SeedSchemas.id("id"),
            ColumnDef.of("tag", ValueType.STRING).withDefault("<b>"),
            ColumnDef.of("url", ValueType.STRING).withDefault("http://x/?a=:b"),
            ColumnDef.of("said", ValueType.STRING).asText().withDefault("it's")),
        List.of("id"), List.of(), List.of());

    sync(db, new SchemaDef(List.of(notes)), SyncMode.CREATE);

    db.execute("INSERT INTO " + db.q("notes") + " (" + db.q("id") + ") VALUES (1)");
    List<String> row = db.jdbi().withHandle(h -> h.createQuery("SELECT " + db.q("tag") + ", "
        + db.q("url") + ", " + db.q("said") + " FROM " + db.q("notes"))
        .map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).one());
    assertThat(row).containsExactly("<b>", "http://x/?a=:b", "it's");
  }

  // --- helpers ---

  private static List<String> sync(TestDatabase db, SchemaDef schema, SyncMode mode) {
    return db.jdbi().withHandle(h -> SchemaSync.sync(h, schema, mode));
  }

  private static List<String> plan(TestDatabase db, SchemaDef schema, SyncMode mode) {
    return db.jdbi().withHandle(h -> SchemaSync.plan(h, schema, mode));
  }

  private static String dropIndex(TestDatabase db, String table, String index) {
    return db.engine() == Engine.MARIADB
        ? "DROP INDEX " + db.q(index) + " ON " + db.q(table)
        : "DROP INDEX " + db.q(index);
  }

  private static TableDef withoutIndexes(TableDef table) {
    return new TableDef(table.name(), table.columns(), table.primaryKey(), List.of(), table.foreignKeys());
  }

  /**
   * The statements creating {@code table} when the tables it references exist: CREATE TABLE with
   * its foreign keys inline and its indexes, or on H2 the foreign keys after the indexes.
   */
  private static List<String> creating(TableDef table, Dialect dialect) {
    List<String> referenced = table.foreignKeys().stream().map(ForeignKeyDef::referencedTable).toList();
    return DdlScript.of(List.of(table), referenced, dialect).tableStatements();
  }

  private static int indexOfPrefix(List<String> statements, String statement) {
    int index = statements.indexOf(statement);
    assertThat(index).as("plan contains %s", statement).isNotNegative();
    return index;
  }

  /** The type as {@code NAME(size)}, or just the name where the size says nothing. */
  private static String type(TestDatabase db, Catalog catalog, String table, String column) {
    Catalog.ColumnFact fact = catalog.column(table, column).orElseThrow();
    String name = fact.type();
    boolean sized = name.toLowerCase().contains("char") || name.toLowerCase().contains("timestamp")
        || name.equals("DATETIME");
    if (!sized) return name;
    int size = name.toLowerCase().contains("timestamp") ? fact.scale() : fact.size();
    return name + "(" + size + ")";
  }

  private static String expect(TestDatabase db, String h2, String mariadb, String postgres) {
    return switch (db.engine()) {
      case H2 -> h2;
      case MARIADB -> mariadb;
      case POSTGRESQL -> postgres;
    };
  }

  private static ConstraintKind violation(TestDatabase db, String sql) {
    try {
      db.execute(sql);
    } catch (IllegalStateException e) {
      return db.dialect().constraintKind((SQLException) e.getCause());
    }
    throw new AssertionError("no violation: " + sql);
  }

  private static long count(TestDatabase db, String table, String where) {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + db.q(table)
        + (where == null ? "" : " WHERE " + where)).mapTo(Long.class).one());
  }

  private static void insertUuids(TestDatabase db, Connection connection, String sql, UUID... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) db.dialect().bindUuid(statement, i + 1, values[i]);
      statement.executeUpdate();
    }
  }
}
