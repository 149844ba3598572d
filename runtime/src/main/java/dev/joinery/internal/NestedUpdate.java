package dev.joinery.internal;

import dev.joinery.InvalidQueryException;
import dev.joinery.Linked;
import dev.joinery.RowNotFoundException;
import dev.joinery.UnsavedRowException;
import dev.joinery.ValidationException;
import dev.joinery.meta.Association;
import dev.joinery.meta.AssociationKind;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.meta.ThroughRecord;
import dev.joinery.meta.ValueType;
import dev.joinery.query.Assignment;
import dev.joinery.query.Condition;
import dev.joinery.query.Include;
import dev.joinery.query.Query;
import dev.joinery.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code update(row, includes)}: makes the stored tree of a row equal to the given one. Sequelize
 * has no such call (its users diff by hand); the semantics are Joinery's:
 *
 * <ul>
 *   <li>The stored tree is read first, in the transaction, with the same includes; each given row
 *       is compared with its stored one, and a row whose columns are unchanged costs no
 *       statement. {@code @CreatedAt}, {@code @UpdatedAt} and {@code @Version} are not compared:
 *       the first is never rewritten, the others the write itself moves.
 *   <li>hasOne/hasMany children are owned: a child without a key is inserted, one with a key must
 *       be one of the stored children (else {@link RowNotFoundException}: an update never moves
 *       another parent's row), and a stored child missing from the list is detached or deleted
 *       by its foreign key's rule, as the {@code remove}/{@code set} mixins do.
 *   <li>belongsTo parents and belongsToMany targets are shared rows, referenced: one without a key
 *       is created, one with a key is pointed at or linked as it is (its columns are not written,
 *       nor read again: one pointed at or linked anew comes back as given); belongsToMany links
 *       missing from the list are removed.
 *   <li>Links through a record ({@code List<Linked<T, L>>}) are rows: a pair linked already
 *       keeps its link row, whose payload is compared and updated like any row's; a new pair
 *       inserts a link row with the given payload; a pair missing from the list deletes its row.
 *   <li>A {@code null} association value means "not given": it is left as stored (an empty list
 *       removes every child).
 *   <li>{@code @Version}: a row is written when its columns changed or, if it has a version, when
 *       anything it owns changed (its children, their rows, its links), so the version of a root
 *       guards the whole tree the update writes. Each written row must carry the stored version,
 *       checked before any write and again by the UPDATE's {@code AND version = ?}.
 * </ul>
 *
 * <p>Writes go level by level, each kind of change of one level in one statement or batch over
 * every row of the level: removed children, changed rows, new children, unlinks, links (for
 * links through a record: unlinks, new targets, changed link rows, new link rows). The
 * caller runs it all in one transaction, so a stale row or a refused constraint leaves nothing.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
final class NestedUpdate {
  private final ExecutionContext ex;
  private final RowDefaults defaults;
  private final NestedCreate creates;

  NestedUpdate(ExecutionContext ex, RowDefaults defaults) {
    this.ex = ex;
    this.defaults = defaults;
    this.creates = new NestedCreate(ex, defaults);
  }

  /**
   * What can be refused before any SQL: includes with options (the tree of associations is what
   * an update takes; a {@code where} or {@code limit} would make "missing from the list"
   * ambiguous), a root without its key, and every validation rule of the tree at once.
   */
  static <T> void check(TableMeta<T> table, T row, List<? extends Include<T, ?>> includes) {
    requirePlain(table, includes);
    TableColumn<T, ?> key = table.primaryKey();
    if (key.get(row) == null) {
      throw new UnsavedRowException("Cannot update a " + table.name() + " row without its "
          + key + " (create it first)", table.name(), key.name());
    }
    NestedCreate.validateForUpdate(table, List.of(row), includes);
  }

  private static void requirePlain(TableMeta<?> table, List<? extends Include<?, ?>> includes) {
    for (Include<?, ?> include : includes) {
      if (!include.attributes().isEmpty() || !include.excluded().isEmpty()
          || include.where() != null || include.isRequired() || !include.order().isEmpty()
          || include.limit() != null || include.throughWhere() != null
          || include.throughAttributes() != null) {
        throw new InvalidQueryException("update(row, includes) takes the associations to save"
            + " only; the include of " + include.association() + " has options (attributes,"
            + " where, required, order, limit, throughWhere or throughAttributes): pass "
            + include.association() + " without them", table.name(), null);
      }
      for (Include<?, ?> nested : include.includes()) {
        if (leadsBack(include.association(), nested.association())) {
          // The children take the owner's key; a parent given on a child could say otherwise.
          throw new InvalidQueryException("update(row, includes) cannot save "
              + nested.association() + " under " + include.association() + ": it leads back to"
              + " the " + table.name() + " row being updated, whose key every child takes;"
              + " leave " + nested.association() + " out (move a child with its own update)",
              table.name(), null);
        }
      }
      requirePlain(include.association().target(), include.includes());
    }
  }

  /** Whether {@code nested} is the belongsTo inverse of the hasOne/hasMany {@code owner}. */
  private static boolean leadsBack(Association<?, ?> owner, Association<?, ?> nested) {
    return (owner.kind() == AssociationKind.HAS_MANY || owner.kind() == AssociationKind.HAS_ONE)
        && nested.kind() == AssociationKind.BELONGS_TO
        && nested.sourceKey().name().equals(owner.targetKey().name())
        && nested.target().name().equals(owner.source().name());
  }

  /** Reads the stored tree, compares, writes the differences; returns the stored tree. */
  <T> T update(TableMeta<T> table, T row, List<? extends Include<T, ?>> includes) {
    Object key = table.primaryKey().get(row);
    Query<T> query = Query.all();
    for (Include<T, ?> include : includes) {
      query = query.with(include);
    }
    T stored = Repository.<T, Object>of(ex, table).findByPk(key, query)
        .orElseThrow(() -> Repository.notFound(table, key, "update"));
    Node root = plan(table, row, stored, (List) includes);
    return (T) apply(table, List.of(root), (List) includes, null).get(0);
  }

  // ---- plan: compare in memory, refuse before any write

  /** A given row matched with its stored one, and what each include changes under it. */
  private static final class Node {
    Object row;
    final Object stored;
    final Object[] changes;
    boolean write;
    boolean changed;

    Node(Object row, Object stored, int includes) {
      this.row = row;
      this.stored = stored;
      this.changes = new Object[includes];
    }
  }

  /** The children of one owned (hasOne/hasMany) include under one row, in the given order. */
  private record Children(List<Object> order, List<Node> kept, List<Object> created,
      List<Object> removed) {}

  /** The links of one belongsToMany include under one row, in the given order. */
  private record Links(List<Object> order, List<Object> created, List<Object> linked,
      List<Object> unlinked) {}

  /**
   * The links of one belongsToMany through a record under one row, in the given order: each
   * given {@code Linked} with its link row (keys filled), and the stored link it keeps, if any.
   */
  private record LinkRows(List<LinkEntry> entries, List<Object> created,
      List<Object> unlinked) {}

  /**
   * One given {@code Linked}: a target to create ({@code created >= 0}, its index in the
   * level's new targets), or an existing target with a new link ({@code kept == null}) or with
   * its stored link compared ({@code kept}).
   */
  private record LinkEntry(Object target, Object link, Node kept, int created) {}

  /** The parent of one belongsTo include: the given one, or one to create first. */
  private record Parent(Object value, boolean create) {}

  /** A slot of a given list: the index of a kept or created row in the level's lists. */
  private record Slot(boolean created, int index) {}

  private Node plan(TableMeta table, Object given, Object stored, List<Include> includes) {
    Node node = new Node(given, stored, includes.size());
    boolean below = false;
    for (int i = 0; i < includes.size(); i++) {
      Include include = includes.get(i);
      Association association = include.association();
      switch (association.kind()) {
        case BELONGS_TO -> node.changes[i] = planParent(node, association);
        case HAS_ONE, HAS_MANY -> {
          Children children = planChildren(node, include);
          node.changes[i] = children;
          below |= children != null && (!children.created.isEmpty()
              || !children.removed.isEmpty() || children.kept.stream().anyMatch(c -> c.changed));
        }
        case BELONGS_TO_MANY -> {
          if (association.linked()) {
            LinkRows links = planLinkRows(node, association);
            node.changes[i] = links;
            below |= links != null && (!links.created.isEmpty() || !links.unlinked.isEmpty()
                || links.entries.stream().anyMatch(e -> e.kept == null || e.kept.changed));
          } else {
            Links links = planLinks(node, association);
            node.changes[i] = links;
            below |= links != null && (!links.created.isEmpty() || !links.linked.isEmpty()
                || !links.unlinked.isEmpty());
          }
        }
      }
    }
    boolean columns = !sameColumns(table, node.row, stored) || (node.changes.length > 0
        && Arrays.stream(node.changes).anyMatch(c -> c instanceof Parent p && p.create));
    TableColumn version = Versions.column(table);
    node.write = columns || (version != null && below);
    node.changed = columns || below;
    if (node.write && version != null
        && !Versions.same(version.get(node.row), version.get(stored))) {
      throw Versions.stale(table, version, table.primaryKey().get(stored),
          version.get(node.row), version.get(stored), "update");
    }
    return node;
  }

  private Parent planParent(Node node, Association association) {
    Object parent = association.getOne(node.row);
    if (parent == null) {
      return null;
    }
    TableColumn parentKey = association.target().primaryKey();
    if (parentKey.get(parent) == null) {
      return new Parent(parent, true);
    }
    Object referenced = association.targetKey().get(parent);
    if (referenced == null) {
      // A key that refers to another column than the parent's primary key cannot be read off a
      // parent given by its id alone; writing NULL would unlink the row without a word.
      throw new ValidationException(List.of(notGiven(association)));
    }
    node.row = Copies.with(node.row, association.sourceKey(), referenced);
    return new Parent(parent, false);
  }

  private static Violation notGiven(Association association) {
    TableColumn referenced = association.targetKey();
    TableColumn key = association.sourceKey();
    return new Violation(referenced.table(), referenced.name(), referenced.property(), "notNull",
        referenced.table() + "." + referenced.name() + " cannot be null in the " + association
            + " row given: " + key.table() + "." + key.name() + " refers to it; give the row"
            + " with its " + referenced.name() + ", or leave its key out to create a new one");
  }

  private Children planChildren(Node node, Include include) {
    Association association = include.association();
    List<Object> given = given(association, node.row);
    if (given == null) {
      return null;
    }
    TableMeta target = association.target();
    TableColumn childKey = target.primaryKey();
    Object parentKey = association.sourceKey().get(node.row);
    Map<Object, Object> stored = new LinkedHashMap<>();
    for (Object child : stored(association, node.stored)) {
      stored.put(childKey.get(child), child);
    }
    Children children = new Children(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>());
    Set<Object> keep = new LinkedHashSet<>();
    for (Object value : given) {
      Object child = Copies.with(value, association.targetKey(), parentKey);
      Object key = childKey.get(child);
      if (key == null) {
        children.order.add(new Slot(true, children.created.size()));
        children.created.add(child);
        continue;
      }
      Object storedChild = stored.get(key);
      if (storedChild == null) {
        throw new RowNotFoundException("Cannot update " + association + " of the "
            + association.source().name() + " row with " + association.sourceKey().name() + " = "
            + parentKey + ": the " + target.name() + " row with " + childKey.name() + " = " + key
            + " is not one of them (it belongs to another row, or was deleted); leave its key out"
            + " to create a new one, or move it with the association's add mixin first",
            target.name(), childKey.name());
      }
      keep.add(key);
      children.order.add(new Slot(false, children.kept.size()));
      children.kept.add(plan(target, child, storedChild, include.includes()));
    }
    for (Map.Entry<Object, Object> entry : stored.entrySet()) {
      if (!keep.contains(entry.getKey())) {
        children.removed.add(entry.getKey());
      }
    }
    return children;
  }

  private Links planLinks(Node node, Association association) {
    List<Object> given = association.getMany(node.row);
    if (given == null) {
      return null;
    }
    TableColumn targetPk = association.target().primaryKey();
    TableColumn linkKey = association.targetKey();
    Map<Object, Object> stored = new LinkedHashMap<>();
    for (Object target : stored(association, node.stored)) {
      stored.put(linkKey.get(target), target);
    }
    Links links = new Links(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>());
    Set<Object> kept = new LinkedHashSet<>();
    for (Object target : given) {
      if (targetPk.get(target) == null) {
        links.order.add(new Slot(true, links.created.size()));
        links.created.add(target);
        continue;
      }
      Object key = linkKey.get(target);
      Object storedTarget = stored.get(key);
      links.order.add(storedTarget == null ? target : storedTarget);
      if (storedTarget == null && kept.add(key)) {
        links.linked.add(key);
      }
      kept.add(key);
    }
    for (Object key : stored.keySet()) {
      if (!kept.contains(key)) {
        links.unlinked.add(key);
      }
    }
    return links;
  }

  /**
   * Links through a record: a link is the pair (source, target), so a given {@code Linked} whose
   * target is linked already keeps that link row (its key, whatever key the given one holds) and
   * is compared with it like any row: its payload written only when it changed. A target without
   * a key is created and linked, one not linked yet gets a new link row, and a stored link
   * missing from the list is deleted. A target given twice would need two rows for one pair.
   */
  private LinkRows planLinkRows(Node node, Association association) {
    List<Linked> given = (List) association.getLinks(node.row);
    if (given == null) {
      return null;
    }
    ThroughRecord through = association.junction().record();
    TableMeta linkTable = through.table();
    TableColumn linkPk = linkTable.primaryKey();
    TableColumn targetPk = association.target().primaryKey();
    TableColumn linkKey = association.targetKey();
    Object source = association.sourceKey().get(node.row);
    Map<Object, Linked> stored = new LinkedHashMap<>();
    List<Linked> storedLinks = (List) association.getLinks(node.stored);
    for (Linked link : storedLinks == null ? List.<Linked>of() : storedLinks) {
      stored.put(linkKey.get(link.target()), link);
    }
    LinkRows links = new LinkRows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    Set<Object> kept = new LinkedHashSet<>();
    for (Linked value : given) {
      Object target = value.target();
      Object link = Copies.with(value.link(), through.sourceKey(), source);
      if (targetPk.get(target) == null) {
        links.entries.add(new LinkEntry(target, link, null, links.created.size()));
        links.created.add(target);
        continue;
      }
      Object key = linkKey.get(target);
      if (!kept.add(key)) {
        throw new InvalidQueryException("Cannot update " + association + " of the "
            + association.source().name() + " row with " + association.sourceKey().name()
            + " = " + source + ": the " + association.target().name() + " row with "
            + linkKey.name() + " = " + key + " is given twice, and a pair has one "
            + linkTable.name() + " row; give it once", linkTable.name(), null);
      }
      link = Copies.with(link, through.targetKey(), key);
      Linked storedLink = stored.get(key);
      if (storedLink == null) {
        links.entries.add(new LinkEntry(target, link, null, -1));
      } else {
        link = Copies.with(link, linkPk, linkPk.get(storedLink.link()));
        links.entries.add(new LinkEntry(storedLink.target(), link,
            plan(linkTable, link, storedLink.link(), List.of()), -1));
      }
    }
    for (Object key : stored.keySet()) {
      if (!kept.contains(key)) {
        links.unlinked.add(key);
      }
    }
    return links;
  }

  /** The given children: a to-one as a list of zero or one; {@code null} when not given. */
  private static List<Object> given(Association association, Object row) {
    if (association.toMany()) {
      return association.getMany(row);
    }
    Object one = association.getOne(row);
    return one == null ? null : List.of(one);
  }

  /** The stored children, read with the include: a to-one as a list of zero or one. */
  private static List<Object> stored(Association association, Object row) {
    if (association.toMany()) {
      List<Object> many = association.getMany(row);
      return many == null ? List.of() : many;
    }
    Object one = association.getOne(row);
    return one == null ? List.of() : List.of(one);
  }

  /** Whether every column a write would change holds the stored value already. */
  private static boolean sameColumns(TableMeta table, Object given, Object stored) {
    for (TableColumn column : (List<TableColumn>) table.columns()) {
      if (column.isPrimaryKey() || column.isCreatedAt() || column.isUpdatedAt()
          || column.isVersion()) {
        continue;
      }
      if (!sameValue(column.type(), column.get(given), column.get(stored))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a written value equals the stored one, as the database would compare them. */
  static boolean sameValue(ValueType type, Object a, Object b) {
    if (a instanceof byte[] x && b instanceof byte[] y) {
      return Arrays.equals(x, y);
    }
    if (type == ValueType.BIG_DECIMAL && a instanceof BigDecimal x && b instanceof BigDecimal y) {
      // 1.5 and 1.50 are one DECIMAL(p,s) value.
      return x.compareTo(y) == 0;
    }
    return Objects.equals(a, b);
  }

  // ---- apply: one level at a time, each kind of change in one statement or batch

  private List<Object> apply(TableMeta table, List<Node> nodes, List<Include> includes,
      String context) {
    int n = nodes.size();
    Object[][] results = new Object[includes.size()][];

    // 1. belongsTo parents to create: their keys are this level's foreign keys.
    for (int i = 0; i < includes.size(); i++) {
      Association association = includes.get(i).association();
      if (association.kind() == AssociationKind.BELONGS_TO) {
        results[i] = applyParents(includes.get(i), nodes, i);
      }
    }

    // 2. the changed rows, in one batch.
    List<Object> written = new ArrayList<>();
    List<Node> writers = new ArrayList<>();
    for (Node node : nodes) {
      if (node.write) {
        node.row = defaults.forUpdate(table, node.row);
        written.add(node.row);
        writers.add(node);
      }
    }
    int[] counts = RowWrites.updateByKey(ex, table, written, context);
    TableColumn version = Versions.column(table);
    TableColumn key = table.primaryKey();
    for (int w = 0; w < writers.size(); w++) {
      Node node = writers.get(w);
      // Another transaction changed or deleted the row between the read and this write.
      if (counts[w] == 0) {
        throw version != null
            ? Versions.stale(table, version, key.get(node.row), version.get(node.row), null,
                "update")
            : Repository.notFound(table, key.get(node.row), "update");
      }
      Object row = node.row;
      for (TableColumn column : (List<TableColumn>) table.columns()) {
        if (column.isCreatedAt()) {
          row = Copies.with(row, column, column.get(node.stored));
        }
      }
      node.row = version == null ? row
          : Copies.with(row, version, Versions.next(version, version.get(row)));
    }

    // 3. and 4. owned children and links.
    for (int i = 0; i < includes.size(); i++) {
      Include include = includes.get(i);
      switch (include.association().kind()) {
        case HAS_ONE, HAS_MANY -> results[i] = applyChildren(include, nodes, i);
        case BELONGS_TO_MANY -> results[i] = include.association().linked()
            ? applyLinkRows(include, nodes, i) : applyLinks(include, nodes, i);
        case BELONGS_TO -> { }
      }
    }

    // The stored tree: written rows as written, others as stored, with their includes.
    List<Object> tree = new ArrayList<>(n);
    List<Include<?, ?>> typedIncludes = (List<Include<?, ?>>) (List<?>) includes;
    for (int r = 0; r < n; r++) {
      Node node = nodes.get(r);
      int index = r;
      tree.add(Copies.withIncludes(table, node.write ? node.row : node.stored, typedIncludes,
          i -> results[i][index]));
    }
    return tree;
  }

  private Object[] applyParents(Include include, List<Node> nodes, int i) {
    Association association = include.association();
    List<Object> fresh = new ArrayList<>();
    for (Node node : nodes) {
      if (node.changes[i] instanceof Parent parent && parent.create) {
        fresh.add(parent.value);
      }
    }
    List<Object> created = creates.create(association.target(), fresh, include.includes(),
        association.toString());
    Object[] result = new Object[nodes.size()];
    int next = 0;
    for (int r = 0; r < nodes.size(); r++) {
      Node node = nodes.get(r);
      Object stored = association.getOne(node.stored);
      if (node.changes[i] instanceof Parent parent) {
        Object value = parent.create ? created.get(next++) : parent.value;
        node.row = Copies.with(node.row, association.sourceKey(),
            association.targetKey().get(value));
        result[r] = !parent.create && stored != null
            && Objects.equals(association.targetKey().get(stored),
                association.targetKey().get(value)) ? stored : value;
      } else {
        // Not given: the stored parent, while the foreign key still points at it.
        Object fk = association.sourceKey().get(node.write ? node.row : node.stored);
        result[r] = stored != null && Objects.equals(association.targetKey().get(stored), fk)
            ? stored : null;
      }
    }
    return result;
  }

  private Object[] applyChildren(Include include, List<Node> nodes, int i) {
    Association association = include.association();
    TableMeta target = association.target();
    List<Object> removed = new ArrayList<>();
    List<Node> kept = new ArrayList<>();
    List<Object> fresh = new ArrayList<>();
    for (Node node : nodes) {
      if (node.changes[i] instanceof Children children) {
        removed.addAll(children.removed);
        kept.addAll(children.kept);
        fresh.addAll(children.created);
      }
    }
    // Removed first: a unique foreign key (one-to-one) must be free for its replacement.
    if (!removed.isEmpty()) {
      detach(association, removed);
    }
    List<Object> updated = kept.isEmpty() ? List.of()
        : apply(target, kept, include.includes(), association.toString());
    List<Object> created = creates.create(target, fresh, include.includes(),
        association.toString());
    Object[] result = new Object[nodes.size()];
    int keptAt = 0;
    int createdAt = 0;
    for (int r = 0; r < nodes.size(); r++) {
      Node node = nodes.get(r);
      if (!(node.changes[i] instanceof Children children)) {
        result[r] = association.toMany() ? association.getMany(node.stored)
            : association.getOne(node.stored);
        continue;
      }
      List<Object> mine = new ArrayList<>(children.order.size());
      for (Object slot : children.order) {
        Slot s = (Slot) slot;
        mine.add(s.created ? created.get(createdAt + s.index) : updated.get(keptAt + s.index));
      }
      keptAt += children.kept.size();
      createdAt += children.created.size();
      result[r] = association.toMany() ? Collections.unmodifiableList(mine)
          : (mine.isEmpty() ? association.getOne(node.stored) : mine.get(0));
    }
    return result;
  }

  /** The mixins' rule: NULL a nullable foreign key, delete the rows of a NOT NULL one. */
  private void detach(Association association, List<Object> keys) {
    TableMeta target = association.target();
    TableColumn foreignKey = association.targetKey();
    Repository repository = Repository.of(ex, target);
    Condition which = Condition.in(target.primaryKey(), keys, false);
    if (foreignKey.isNullable()) {
      repository.update(List.of(new Assignment(foreignKey, null)), which);
    } else {
      repository.destroy(which);
    }
  }

  private Object[] applyLinks(Include include, List<Node> nodes, int i) {
    Association association = include.association();
    TableColumn sourceKey = association.sourceKey();
    List<Object[]> unlinks = new ArrayList<>();
    List<Object> fresh = new ArrayList<>();
    for (Node node : nodes) {
      if (node.changes[i] instanceof Links links) {
        Object source = sourceKey.get(node.row);
        for (Object target : links.unlinked) {
          unlinks.add(new Object[] {source, target});
        }
        fresh.addAll(links.created);
      }
    }
    JunctionWrites junction = new JunctionWrites(ex, association);
    junction.unlinkPairs(unlinks, association.toString());
    List<Object> created = creates.create(association.target(), fresh, include.includes(),
        association.toString());
    List<Object[]> pairs = new ArrayList<>();
    Object[] result = new Object[nodes.size()];
    int next = 0;
    for (int r = 0; r < nodes.size(); r++) {
      Node node = nodes.get(r);
      if (!(node.changes[i] instanceof Links links)) {
        result[r] = association.getMany(node.stored);
        continue;
      }
      Object source = sourceKey.get(node.row);
      Map<Object, Boolean> linked = new HashMap<>();
      for (Object key : links.linked) {
        linked.put(key, true);
        pairs.add(new Object[] {source, key});
      }
      List<Object> mine = new ArrayList<>(links.order.size());
      for (Object slot : links.order) {
        if (slot instanceof Slot s) {
          Object value = created.get(next + s.index);
          Object key = association.targetKey().get(value);
          if (linked.put(key, true) == null) {
            pairs.add(new Object[] {source, key});
          }
          mine.add(value);
        } else {
          mine.add(slot);
        }
      }
      next += links.created.size();
      result[r] = Collections.unmodifiableList(mine);
    }
    junction.link(pairs, association.toString());
    return result;
  }

  /**
   * Links through a record, over every row of the level: stored links missing from the lists
   * deleted (one batch), new targets created, changed link rows updated (one batch), new link
   * rows inserted (one batch, their payload and timestamps as any row's).
   */
  private Object[] applyLinkRows(Include include, List<Node> nodes, int i) {
    Association association = include.association();
    ThroughRecord through = association.junction().record();
    TableColumn sourceKey = association.sourceKey();
    List<Object[]> unlinks = new ArrayList<>();
    List<Object> fresh = new ArrayList<>();
    List<Node> kept = new ArrayList<>();
    for (Node node : nodes) {
      if (node.changes[i] instanceof LinkRows links) {
        Object source = sourceKey.get(node.row);
        for (Object target : links.unlinked) {
          unlinks.add(new Object[] {source, target});
        }
        fresh.addAll(links.created);
        for (LinkEntry entry : links.entries) {
          if (entry.kept != null) {
            kept.add(entry.kept);
          }
        }
      }
    }
    String context = association.toString();
    new JunctionWrites(ex, association).unlinkPairs(unlinks, context);
    List<Object> created = creates.create(association.target(), fresh, include.includes(),
        context);
    List<Object> updated = kept.isEmpty() ? List.of()
        : apply(through.table(), kept, List.of(), context);
    List<Object> newLinks = new ArrayList<>();
    List<Object> targets = new ArrayList<>();
    int createdAt = 0;
    for (Node node : nodes) {
      if (node.changes[i] instanceof LinkRows links) {
        for (LinkEntry entry : links.entries) {
          if (entry.kept == null) {
            Object target = entry.created >= 0 ? created.get(createdAt + entry.created)
                : entry.target;
            newLinks.add(Copies.with(entry.link, through.targetKey(),
                association.targetKey().get(target)));
            targets.add(target);
          }
        }
        createdAt += links.created.size();
      }
    }
    List<Object> inserted = creates.create(through.table(), newLinks, List.of(), context);
    Object[] result = new Object[nodes.size()];
    int keptAt = 0;
    int insertedAt = 0;
    for (int r = 0; r < nodes.size(); r++) {
      Node node = nodes.get(r);
      if (!(node.changes[i] instanceof LinkRows links)) {
        result[r] = association.getLinks(node.stored);
        continue;
      }
      List<Object> mine = new ArrayList<>(links.entries.size());
      for (LinkEntry entry : links.entries) {
        if (entry.kept != null) {
          mine.add(new Linked<>(entry.target, updated.get(keptAt++)));
        } else {
          mine.add(new Linked<>(targets.get(insertedAt), inserted.get(insertedAt)));
          insertedAt++;
        }
      }
      result[r] = Collections.unmodifiableList(mine);
    }
    return result;
  }
}
