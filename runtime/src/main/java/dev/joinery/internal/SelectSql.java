package dev.joinery.internal;

import dev.joinery.dialect.Dialect;
import dev.joinery.meta.Association;
import dev.joinery.meta.AssociationKind;
import dev.joinery.meta.Junction;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.ValueType;
import dev.joinery.query.Include;
import dev.joinery.query.Order;
import java.util.Collection;
import java.util.List;

/**
 * Renders the SELECT of a {@link SelectPlan}.
 *
 * <ul>
 *   <li>To-one includes are joined: {@code LEFT JOIN}, or {@code INNER JOIN} when required. A
 *       required include below an optional one is joined inside parentheses
 *       ({@code LEFT JOIN (a INNER JOIN b ON …) ON …}), so it decides whether {@code a} is
 *       present without dropping the parent, as in Sequelize.
 *   <li>A required to-many include becomes {@code EXISTS (…)} in the WHERE of its parent's level
 *       (in the ON of a joined parent): parents without a match are dropped while the parent query
 *       still returns one row per parent, so {@code limit}/{@code offset} and counts stay right.
 *   <li>In a plan for one root, a joined to-many include is a {@code LEFT JOIN} (a belongsToMany
 *       as {@code LEFT JOIN (junction INNER JOIN target …)}), and the statement is ordered by each
 *       joined level's order and key instead of paged.
 *   <li>A to-many level selects {@code WHERE fk IN (…)} over its parents' keys; with a per-parent
 *       limit it ranks rows with {@code ROW_NUMBER() OVER (PARTITION BY fk ORDER BY …)} in a derived
 *       table and keeps the first n of each parent.
 * </ul>
 */
final class SelectSql {
  private final Dialect dialect;
  private final SelectPlan plan;
  /** The call being rendered: its selection and includes carry the values. */
  private final LevelRun run;
  /** Whether to build the text, or only collect the values (the text is cached). */
  private final boolean withText;
  private int aliases;

  private SelectSql(Dialect dialect, LevelRun run, boolean withText) {
    this.dialect = dialect;
    this.plan = run.plan;
    this.run = run;
    this.withText = withText;
    this.aliases = plan.aliasCount();
  }

  /**
   * The rows of the run's level. The text is rendered once per shape and kept with the plan
   * ({@link SelectPlan#cachedText}); later statements of the same shape only collect their values.
   *
   * @param keys parent keys of a to-many level (ignored for the root level)
   * @param scope an extra condition over alias {@code t0}, or null
   */
  static Sql rows(Dialect dialect, LevelRun run, Collection<?> keys, Sql scope) {
    TextKey key = new TextKey(dialect, false, Sql.inListSize(keys.size()),
        scope == null ? null : scope.text());
    String cached = run.plan.cachedText(key);
    if (cached != null) {
      return new SelectSql(dialect, run, false).rows(keys, scope).withText(cached);
    }
    Sql sql = new SelectSql(dialect, run, true).rows(keys, scope);
    run.plan.keepText(key, sql.text());
    return sql;
  }

  /** What the text of one statement of a plan depends on besides the plan. */
  private record TextKey(Dialect dialect, boolean count, int keys, String scope) {}

  /** {@code SELECT COUNT(…)} of the root level's rows (parents, distinct), ignoring paging. */
  static Sql count(Dialect dialect, LevelRun run, Sql scope) {
    TextKey key = new TextKey(dialect, true, 0, scope == null ? null : scope.text());
    String cached = run.plan.cachedText(key);
    if (cached != null) {
      return new SelectSql(dialect, run, false).count(scope).withText(cached);
    }
    Sql sql = new SelectSql(dialect, run, true).count(scope);
    run.plan.keepText(key, sql.text());
    return sql;
  }

  private Sql newSql() {
    return withText ? new Sql(dialect) : Sql.valuesOnly(dialect);
  }

  private Sql rows(Collection<?> keys, Sql scope) {
    Selection selection = run.selection;
    boolean windowed = plan.isToManyLevel() && selection.limit() != null;
    Sql sql = newSql();
    sql.append("SELECT ");
    selectList(sql, windowed);
    if (windowed) {
      sql.append(", ROW_NUMBER() OVER (PARTITION BY ");
      linkColumn(sql);
      sql.append(" ORDER BY ");
      if (selection.order().isEmpty()) {
        sql.column(plan.root.alias, plan.root.table.primaryKey().name());
      } else {
        orderTerms(sql, plan.root.alias, selection.order());
      }
      sql.append(") AS jrn");
    }
    from(sql, false);
    where(sql, keys, scope);
    if (windowed) {
      Sql outer = newSql();
      outer.append("SELECT * FROM (").append(sql).append(") w WHERE w.jrn <= ");
      outer.bind(ValueType.INT, selection.limit());
      outer.append(" ORDER BY w.jrn");
      return outer;
    }
    if (plan.chained) {
      // At most one root: no paging, and the joined rows ordered so that each parent's
      // children come together, in the include's order.
      chainOrder(sql);
      return sql;
    }
    if (!selection.order().isEmpty()) {
      sql.append(" ORDER BY ");
      orderTerms(sql, plan.root.alias, selection.order());
    }
    if (!plan.isToManyLevel()) {
      paging(sql, selection.limit(), selection.offset());
    }
    return sql;
  }

  private Sql count(Sql scope) {
    Sql sql = newSql();
    boolean joins = plan.root.joined.stream().anyMatch(n -> n != null && n.isInnerJoined());
    if (joins) {
      // A joined hasOne can match twice; counting distinct keys counts parents.
      sql.append("SELECT COUNT(DISTINCT ");
      sql.column(plan.root.alias, plan.root.table.primaryKey().name()).append(')');
    } else {
      sql.append("SELECT COUNT(*)");
    }
    from(sql, true);
    where(sql, List.of(), scope);
    return sql;
  }

  private void selectList(Sql sql, boolean aliased) {
    boolean first = true;
    int position = 0;
    for (TableNode node : plan.nodes) {
      for (TableColumn<Object, ?> column : node.table.columns()) {
        if (!node.isSelected(column)) {
          continue;
        }
        if (!first) {
          sql.append(", ");
        }
        first = false;
        sql.column(node.alias, column.name());
        position++;
        if (aliased) {
          // A derived table needs distinct column names; t0.id and t1.id would clash.
          sql.append(" AS c").append(Integer.toString(position));
        }
      }
    }
    if (plan.linkPosition != 0) {
      sql.append(", ");
      linkColumn(sql);
      if (aliased) {
        sql.append(" AS c").append(Integer.toString(plan.linkPosition));
      }
    }
    if (plan.throughPositions != null) {
      List<? extends TableColumn<?, ?>> through = plan.link.junction().record().table().columns();
      for (int i = 0; i < through.size(); i++) {
        if (plan.throughPositions[i] == 0) {
          continue;
        }
        sql.append(", ").column("j", through.get(i).name());
        if (aliased) {
          sql.append(" AS c").append(Integer.toString(plan.throughPositions[i]));
        }
      }
    }
  }

  /** The column a to-many level's rows are grouped by. */
  private void linkColumn(Sql sql) {
    Association<?, ?> link = plan.link;
    if (link.kind() == AssociationKind.BELONGS_TO_MANY) {
      sql.column("j", link.junction().sourceColumn());
    } else {
      sql.column(plan.root.alias, link.targetKey().name());
    }
  }

  private void from(Sql sql, boolean requiredOnly) {
    TableNode root = plan.root;
    sql.append(" FROM ");
    Association<?, ?> link = plan.link;
    if (link != null && link.kind() == AssociationKind.BELONGS_TO_MANY) {
      Junction junction = link.junction();
      sql.quoted(junction.table()).append(" j INNER JOIN ");
      sql.quoted(root.table.name()).append(' ').append(root.alias).append(" ON ");
      sql.column(root.alias, link.targetKey().name()).append(" = ");
      sql.column("j", junction.targetColumn());
    } else {
      sql.quoted(root.table.name()).append(' ').append(root.alias);
    }
    joinChildren(sql, root, requiredOnly);
  }

  private void join(Sql sql, TableNode parent, TableNode node, boolean requiredOnly) {
    Association<?, ?> association = node.association();
    boolean inner = node.isInnerJoined();
    boolean junction = node.toManyJoin
        && association.kind() == AssociationKind.BELONGS_TO_MANY;
    // A junction and its target join first, then to the parent, so a parent keeps its row
    // when it has no link; likewise an optional node with required joins below it.
    boolean nested = junction || (!inner && hasRequiredJoin(node));
    sql.append(inner ? " INNER JOIN " : " LEFT JOIN ");
    if (nested) {
      sql.append('(');
    }
    String linkAlias = node.alias;
    String linkColumn = association.targetKey().name();
    if (junction) {
      Junction j = association.junction();
      linkAlias = "j" + node.alias;
      linkColumn = j.sourceColumn();
      sql.quoted(j.table()).append(' ').append(linkAlias).append(" INNER JOIN ");
      sql.quoted(node.table.name()).append(' ').append(node.alias).append(" ON ");
      sql.column(node.alias, association.targetKey().name()).append(" = ");
      sql.column(linkAlias, j.targetColumn());
    } else {
      sql.quoted(node.table.name()).append(' ').append(node.alias);
    }
    if (nested) {
      joinChildren(sql, node, requiredOnly);
      sql.append(')');
    }
    sql.append(" ON ");
    sql.column(linkAlias, linkColumn).append(" = ");
    sql.column(parent.alias, association.sourceKey().name());
    Include<?, ?> current = run.include(node);
    if (current.where() != null) {
      sql.append(" AND (");
      ConditionSql.render(sql, node.alias, current.where());
      sql.append(')');
    }
    for (Include<?, ?> include : current.includes()) {
      if (include.association().toMany() && include.isRequired()) {
        sql.append(" AND ");
        exists(sql, node.alias, include);
      }
    }
    if (!nested) {
      joinChildren(sql, node, requiredOnly);
    }
  }

  private void joinChildren(Sql sql, TableNode node, boolean requiredOnly) {
    for (TableNode child : node.joined) {
      if (child != null && (!requiredOnly || child.isInnerJoined())) {
        join(sql, node, child, requiredOnly);
      }
    }
  }

  private static boolean hasRequiredJoin(TableNode node) {
    for (TableNode child : node.joined) {
      if (child != null && child.isInnerJoined()) {
        return true;
      }
    }
    return false;
  }

  private void where(Sql sql, Collection<?> keys, Sql scope) {
    TableNode root = plan.root;
    String keyword = " WHERE ";
    if (plan.isToManyLevel()) {
      sql.append(keyword);
      keyword = " AND ";
      linkColumn(sql);
      sql.append(" IN (");
      sql.bindIn(keyType(), keys).append(')');
      if (run.selection.throughWhere() != null) {
        sql.append(" AND (");
        ConditionSql.render(sql, "j", run.selection.throughWhere());
        sql.append(')');
      }
    }
    if (run.selection.where() != null) {
      sql.append(keyword).append('(');
      ConditionSql.render(sql, root.alias, run.selection.where());
      sql.append(')');
      keyword = " AND ";
    }
    if (scope != null) {
      sql.append(keyword).append('(').append(scope).append(')');
      keyword = " AND ";
    }
    for (Include<?, ?> include : run.selection.includes()) {
      if (include.association().toMany() && include.isRequired()) {
        sql.append(keyword);
        keyword = " AND ";
        exists(sql, root.alias, include);
      }
    }
  }

  private dev.joinery.meta.ValueType keyType() {
    Association<?, ?> link = plan.link;
    return link.kind() == AssociationKind.BELONGS_TO_MANY
        ? link.sourceKey().type() : link.targetKey().type();
  }

  /**
   * {@code EXISTS (…)}: a row of a required to-many include exists for the row at
   * {@code parentAlias}, itself satisfying the include's where and required includes.
   */
  private void exists(Sql sql, String parentAlias, Include<?, ?> include) {
    Association<?, ?> association = include.association();
    String alias = "t" + aliases++;
    sql.append("EXISTS (SELECT 1 FROM ");
    String linkAlias;
    String linkColumn;
    if (association.kind() == AssociationKind.BELONGS_TO_MANY) {
      Junction junction = association.junction();
      linkAlias = "t" + aliases++;
      linkColumn = junction.sourceColumn();
      sql.quoted(junction.table()).append(' ').append(linkAlias).append(" INNER JOIN ");
      sql.quoted(association.target().name()).append(' ').append(alias).append(" ON ");
      sql.column(alias, association.targetKey().name()).append(" = ");
      sql.column(linkAlias, junction.targetColumn());
    } else {
      linkAlias = alias;
      linkColumn = association.targetKey().name();
      sql.quoted(association.target().name()).append(' ').append(alias);
    }
    requiredJoins(sql, alias, include.includes());
    sql.append(" WHERE ").column(linkAlias, linkColumn).append(" = ");
    sql.column(parentAlias, association.sourceKey().name());
    filters(sql, alias, include);
    if (include.throughWhere() != null) {
      sql.append(" AND (");
      ConditionSql.render(sql, linkAlias, include.throughWhere());
      sql.append(')');
    }
    sql.append(')');
  }

  /** Inner joins for the required to-one includes inside an EXISTS; optional ones cannot filter. */
  private void requiredJoins(Sql sql, String parentAlias, List<? extends Include<?, ?>> includes) {
    for (Include<?, ?> include : includes) {
      Association<?, ?> association = include.association();
      if (association.toMany() || !include.isRequired()) {
        continue;
      }
      String alias = "t" + aliases++;
      sql.append(" INNER JOIN ").quoted(association.target().name()).append(' ').append(alias);
      sql.append(" ON ").column(alias, association.targetKey().name()).append(" = ");
      sql.column(parentAlias, association.sourceKey().name());
      filters(sql, alias, include);
      requiredJoins(sql, alias, include.includes());
    }
  }

  /** The include's where and its required to-many includes, ANDed after a condition. */
  private void filters(Sql sql, String alias, Include<?, ?> include) {
    if (include.where() != null) {
      sql.append(" AND (");
      ConditionSql.render(sql, alias, include.where());
      sql.append(')');
    }
    for (Include<?, ?> child : include.includes()) {
      if (child.association().toMany() && child.isRequired()) {
        sql.append(" AND ");
        exists(sql, alias, child);
      }
    }
  }

  private void orderTerms(Sql sql, String alias, List<? extends Order<?>> order) {
    for (int i = 0; i < order.size(); i++) {
      if (i > 0) {
        sql.append(", ");
      }
      Order<?> term = order.get(i);
      sql.column(alias, term.column().name()).append(term.ascending() ? " ASC" : " DESC");
    }
  }

  /** Each joined to-many node's order, then its key, down the chain. */
  private void chainOrder(Sql sql) {
    sql.append(" ORDER BY ");
    boolean first = true;
    for (TableNode node = plan.root.chainChild(); node != null; node = node.chainChild()) {
      if (!first) {
        sql.append(", ");
      }
      first = false;
      if (!node.include.order().isEmpty()) {
        orderTerms(sql, node.alias, node.include.order());
        sql.append(", ");
      }
      sql.column(node.alias, node.table.primaryKey().name());
    }
  }

  /**
   * The dialect's paging clause with the limit and the offset bound to its placeholders, in that
   * order: the pages of one query share their text, and so their plan and cached text here.
   */
  private void paging(Sql sql, Integer limit, Integer offset) {
    if (limit == null && offset == null) {
      return;
    }
    String clause = dialect.boundLimitOffset(limit != null, offset != null);
    int start = 0;
    for (Integer bound : new Integer[] {limit, offset}) {
      if (bound != null) {
        int placeholder = clause.indexOf('?', start);
        sql.append(clause.substring(start, placeholder)).bind(ValueType.INT, bound);
        start = placeholder + 1;
      }
    }
    sql.append(clause.substring(start));
  }
}
