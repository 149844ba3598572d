package dev.joinery.internal;

import dev.joinery.annotation.ReferentialAction;
import dev.joinery.meta.Association;
import dev.joinery.meta.Junction;
import dev.joinery.meta.ValueType;
import dev.joinery.schema.ColumnDef;
import dev.joinery.schema.ForeignKeyDef;
import dev.joinery.schema.TableDef;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;

/**
 * The rows of a belongsToMany junction table: one per (source key, target key) link. The
 * junction has no generated record, so values are bound by the key columns' types.
 */
final class JunctionWrites {
  private final ExecutionContext ex;
  private final Association<?, ?> association;
  private final Junction junction;
  private final ValueType sourceType;
  private final ValueType targetType;
  private final TableDef definition;

  JunctionWrites(ExecutionContext ex, Association<?, ?> association) {
    this.ex = ex;
    this.association = association;
    this.junction = association.junction();
    this.sourceType = association.sourceKey().type();
    this.targetType = association.targetKey().type();
    // Enough of the junction's shape for constraint messages to name its columns.
    this.definition = new TableDef(junction.table(),
        List.of(ColumnDef.of(junction.sourceColumn(), sourceType),
            ColumnDef.of(junction.targetColumn(), targetType)),
        List.of(junction.sourceColumn(), junction.targetColumn()), List.of(),
        List.of(foreignKey(junction.sourceColumn(), association.source().name(),
                association.sourceKey().name()),
            foreignKey(junction.targetColumn(), association.target().name(),
                association.targetKey().name())));
  }

  private ForeignKeyDef foreignKey(String column, String referenced, String referencedColumn) {
    return new ForeignKeyDef(junction.table() + "_" + column + "_fkey", List.of(column),
        referenced, List.of(referencedColumn), ReferentialAction.CASCADE,
        ReferentialAction.CASCADE);
  }

  /** Inserts one link per pair {@code {sourceKey, targetKey}}, in one batch. */
  void link(List<Object[]> pairs, String context) {
    Sql sql = new Sql(ex.dialect());
    sql.append("INSERT INTO ").quoted(junction.table()).append(" (")
        .quoted(junction.sourceColumn()).append(", ").quoted(junction.targetColumn())
        .append(") VALUES (?, ?)");
    insert(sql.text(), pairs, context);
  }

  /**
   * Inserts the links of the pairs {@code {sourceKey, targetKey}} that do not exist yet, in one
   * batch: the database skips the existing ones ({@code Dialect#insertUnlessKeyExists}), so no
   * statement reads them first.
   */
  void linkMissing(List<Object[]> pairs, String context) {
    insert(ex.dialect().insertUnlessKeyExists(junction.table(),
        List.of(junction.sourceColumn(), junction.targetColumn())), pairs, context);
  }

  private void insert(String text, List<Object[]> pairs, String context) {
    if (pairs.isEmpty()) {
      return;
    }
    Statements.write(ex, definition, Statements.Change.INSERT, context, () -> {
      try (PreparedBatch batch = ex.handle().prepareBatch(text)) {
        Statements.prepareForRows(batch);
        for (Object[] pair : pairs) {
          BoundValues row = BoundValues.pair(ex.dialect(), sourceType, pair[0], targetType, pair[1]);
          SqlLog.attach(batch, row);
          batch.bind(0, row).add();
        }
        return batch.execute();
      }
    });
  }

  /**
   * Deletes the links of {@code source} to {@code targets}, or, when {@code keep} is true, to
   * every target but those (an empty {@code targets} then deletes all its links).
   */
  int unlink(Object source, Collection<?> targets, boolean keep) {
    Sql sql = new Sql(ex.dialect());
    sql.append("DELETE FROM ").quoted(junction.table()).append(" WHERE ")
        .quoted(junction.sourceColumn()).append(" = ").bind(sourceType, source);
    if (!targets.isEmpty()) {
      sql.append(" AND ").quoted(junction.targetColumn()).append(keep ? " NOT IN (" : " IN (")
          .bindAll(targetType, targets).append(')');
    } else if (!keep) {
      return 0;
    }
    return Statements.write(ex, definition, Statements.Change.DELETE, association.toString(), () -> {
      try (Update update = ex.handle().createUpdate(sql.text())) {
        return Statements.prepare(update, sql).execute();
      }
    });
  }

  /**
   * Deletes the links of the pairs {@code {sourceKey, targetKey}}, one JDBC batch of
   * {@code DELETE … WHERE source = ? AND target = ?} (a nested update's links removed under
   * several rows of one level).
   */
  void unlinkPairs(List<Object[]> pairs, String context) {
    if (pairs.isEmpty()) {
      return;
    }
    Sql sql = new Sql(ex.dialect());
    sql.append("DELETE FROM ").quoted(junction.table()).append(" WHERE ")
        .quoted(junction.sourceColumn()).append(" = ? AND ").quoted(junction.targetColumn())
        .append(" = ?");
    Statements.write(ex, definition, Statements.Change.DELETE, context, () -> {
      try (PreparedBatch batch = ex.handle().prepareBatch(sql.text())) {
        Statements.prepareForRows(batch);
        for (Object[] pair : pairs) {
          batch.bind(0, BoundValues.pair(ex.dialect(), sourceType, pair[0], targetType, pair[1]))
              .add();
        }
        return batch.execute();
      }
    });
  }
}
