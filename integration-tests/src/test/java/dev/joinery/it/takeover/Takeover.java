package dev.joinery.it.takeover;

import dev.joinery.schema.Drift;
import dev.joinery.schema.SchemaDef;
import dev.joinery.schema.SchemaSync;
import dev.joinery.schema.SyncMode;
import dev.joinery.schema.SyncPlan;
import dev.joinery.schema.TableDef;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;

/** What the takeover tests share: the ALTER plan of some tables, and the drift they expect. */
public final class Takeover {
  private Takeover() {}

  /** {@code plan(ALTER)} of {@code tables}, in that order. */
  public static SyncPlan plan(TestDatabase db, TableDef... tables) {
    return db.jdbi().withHandle(h ->
        SchemaSync.plan(h, new SchemaDef(List.of(tables)), SyncMode.ALTER));
  }

  /** {@code sync(ALTER)} of {@code tables}, in that order. */
  public static SyncPlan sync(TestDatabase db, TableDef... tables) {
    return db.jdbi().withHandle(h ->
        SchemaSync.sync(h, new SchemaDef(List.of(tables)), SyncMode.ALTER));
  }

  /**
   * The drift of Sequelize's {@code createdAt}/{@code updatedAt} columns against Joinery's
   * timestamps: both are NOT NULL, but on MariaDB Sequelize's are {@code DATETIME} of whole
   * seconds where Joinery's are {@code DATETIME(6)} (PostgreSQL's {@code TIMESTAMP WITH TIME
   * ZONE} has microseconds on both sides).
   */
  public static List<Drift> timestamps(TestDatabase db, String table, String... columns) {
    List<Drift> drift = new ArrayList<>();
    for (String column : columns) {
      if (db.engine() == Engine.MARIADB) {
        drift.add(new Drift(Drift.Kind.LENGTH, table, column, "DATETIME(6)", "datetime"));
      }
    }
    return drift;
  }

  /** {@code a} then {@code b}. */
  @SafeVarargs
  public static <T> List<T> concat(List<T>... lists) {
    List<T> all = new ArrayList<>();
    for (List<T> list : lists) all.addAll(list);
    return all;
  }
}
