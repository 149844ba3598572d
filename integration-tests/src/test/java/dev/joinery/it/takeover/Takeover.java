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
import java.util.Arrays;
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
   * The drift of Sequelize's {@code createdAt}/{@code updatedAt} columns against the records'
   * {@code @Column(precision = 0)} timestamps, which match Sequelize's MariaDB {@code DATETIME} of
   * whole seconds: none there. Sequelize's PostgreSQL {@code TIMESTAMP WITH TIME ZONE} keeps
   * microseconds, which one precision in the record cannot match as well, so PostgreSQL reports
   * it for each column (and the plan changes nothing).
   */
  public static List<Drift> timestamps(TestDatabase db, String table, String... columns) {
    if (db.engine() != Engine.POSTGRESQL) return List.of();
    return Arrays.stream(columns).map(column -> new Drift(Drift.Kind.LENGTH, table, column,
        "TIMESTAMP(0) WITH TIME ZONE", "timestamp with time zone(6)")).toList();
  }

  /** {@code a} then {@code b}. */
  @SafeVarargs
  public static <T> List<T> concat(List<T>... lists) {
    List<T> all = new ArrayList<>();
    for (List<T> list : lists) all.addAll(list);
    return all;
  }
}
