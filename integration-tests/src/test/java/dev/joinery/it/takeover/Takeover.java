package dev.joinery.it.takeover;

import dev.joinery.schema.SchemaDef;
import dev.joinery.schema.SchemaSync;
import dev.joinery.schema.SyncMode;
import dev.joinery.schema.SyncPlan;
import dev.joinery.schema.TableDef;
import dev.joinery.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;

/** What the takeover tests share: the ALTER plan and sync of some tables, lists to expect. */
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

  /** {@code a} then {@code b}. */
  @SafeVarargs
  public static <T> List<T> concat(List<T>... lists) {
    List<T> all = new ArrayList<>();
    for (List<T> list : lists) all.addAll(list);
    return all;
  }
}
