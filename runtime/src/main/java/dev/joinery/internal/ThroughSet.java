package dev.joinery.internal;

import dev.joinery.meta.Association;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.meta.ThroughRecord;
import dev.joinery.query.Assignment;
import dev.joinery.query.Condition;
import dev.joinery.query.Operator;
import dev.joinery.query.Query;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code setX(source, targets, payload)} of a belongsToMany through a record: Sequelize's
 * {@code movie.setActors(actors, {through: {role: 'x'}})}. The source's links become exactly the
 * given targets, each carrying the payload's columns:
 * <ul>
 *   <li>the source's link rows are read first (one SELECT), so that only the writes needed
 *       follow, each in one statement whatever the number of targets;
 *   <li>links to targets not given are deleted (one DELETE);
 *   <li>kept links whose payload columns differ from the payload are updated to it: one UPDATE
 *       over all of them, since they all take the same values. Sequelize updates every kept link,
 *       changed or not, one UPDATE each; here an unchanged one costs nothing (and keeps its
 *       {@code @UpdatedAt}), as in a nested update;
 *   <li>targets not linked yet get a link row with the payload (one batch of INSERTs).
 * </ul>
 * The payload columns are the through record's columns but its own key and its two keys (filled
 * per link) and those Joinery keeps ({@code @CreatedAt}, {@code @UpdatedAt}, {@code @Version},
 * {@code @DeletedAt}). With no target, the links are deleted in one statement and nothing is read.
 * The caller runs it in one transaction.
 *
 * @param <L> the through record
 */
@SuppressWarnings({"unchecked", "rawtypes"})
final class ThroughSet<L> {
  private final ExecutionContext ex;
  private final Association<?, ?> association;
  private final ThroughRecord<L> through;
  private final TableMeta<L> table;
  private final Object source;
  private final L payload;

  /**
   * @param source the source's key, which every link row holds
   * @param payload the link row every link takes the columns of, its keys ignored
   */
  ThroughSet(ExecutionContext ex, Association<?, ?> association, ThroughRecord<L> through,
      Object source, L payload) {
    this.ex = ex;
    this.association = association;
    this.through = through;
    this.table = through.table();
    this.source = source;
    TableColumn<L, ?> key = table.primaryKey();
    // One payload makes every new row: its own key, if given, would be the same for all.
    this.payload = key.isAutoIncrement() || key.isUuidV4()
        ? Copies.with(payload, key, null) : payload;
  }

  /** Checks the payload as the link rows will hold it, before any SQL. */
  void validate(List<Object> targetKeys) {
    if (!targetKeys.isEmpty()) {
      NestedCreate.validate(table, List.of(linkRow(targetKeys.get(0))), List.of());
    }
  }

  /** Makes the links of the source those to {@code targetKeys}, each with the payload. */
  void apply(List<Object> targetKeys) {
    JunctionWrites junction = new JunctionWrites(ex, association);
    String context = association.toString();
    if (targetKeys.isEmpty()) {
      junction.unlink(source, List.of(), true);
      return;
    }
    Repository<L, ?> links = Repository.of(ex, table);
    Map<Object, L> stored = new LinkedHashMap<>();
    for (L link : links.findAll(Query.where(eq(through.sourceKey(), source)))) {
      stored.put(through.targetKey().get(link), link);
    }
    RowDefaults defaults = RowDefaults.now(ex.dialect());
    L written = defaults.forUpdate(table, payload);
    List<TableColumn<L, ?>> columns = payloadColumns();
    Set<Object> given = new HashSet<>(targetKeys);
    List<Object> removed = new ArrayList<>();
    for (Object target : stored.keySet()) {
      if (!given.contains(target)) {
        removed.add(target);
      }
    }
    List<Object> changed = new ArrayList<>();
    List<L> fresh = new ArrayList<>();
    for (Object target : targetKeys) {
      L link = stored.get(target);
      if (link == null) {
        fresh.add(linkRow(target));
      } else if (!same(columns, written, link)) {
        changed.add(target);
      }
    }
    if (!removed.isEmpty()) {
      junction.unlink(source, removed, false);
    }
    if (!changed.isEmpty()) {
      List<Assignment<L>> assignments = new ArrayList<>();
      for (TableColumn<L, ?> column : columns) {
        assignments.add(new Assignment<>(column, column.get(written)));
      }
      links.update(assignments, eq(through.sourceKey(), source)
          .and(Condition.in(through.targetKey(), changed, false)));
    }
    new NestedCreate(ex, defaults).create(table, fresh, List.of(), context);
  }

  /** The payload as the link row to {@code target}. */
  private L linkRow(Object target) {
    return Copies.with(Copies.with(payload, through.sourceKey(), source), through.targetKey(),
        target);
  }

  private List<TableColumn<L, ?>> payloadColumns() {
    List<TableColumn<L, ?>> columns = new ArrayList<>();
    for (TableColumn<L, ?> column : table.columns()) {
      if (!column.isPrimaryKey() && column != through.sourceKey()
          && column != through.targetKey() && !column.isCreatedAt() && !column.isUpdatedAt()
          && !column.isVersion() && !column.isDeletedAt()) {
        columns.add(column);
      }
    }
    return columns;
  }

  private static <L> boolean same(List<TableColumn<L, ?>> columns, L given, L stored) {
    for (TableColumn<L, ?> column : columns) {
      if (!NestedUpdate.sameValue(column.type(), column.get(given), column.get(stored))) {
        return false;
      }
    }
    return true;
  }

  private static <L> Condition<L> eq(TableColumn<L, ?> column, Object value) {
    return Condition.compare(column, Operator.EQ, value);
  }
}
