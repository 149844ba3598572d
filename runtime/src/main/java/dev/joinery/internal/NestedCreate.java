package dev.joinery.internal;

import dev.joinery.UnsavedRowException;
import dev.joinery.ValidationException;
import dev.joinery.Linked;
import dev.joinery.meta.Association;
import dev.joinery.meta.ThroughRecord;
import dev.joinery.meta.AssociationKind;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.query.Include;
import dev.joinery.validation.Violation;
import dev.joinery.validation.Violations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Sequelize's {@code create(values, {include})}: saves rows and the included associations they
 * carry, level by level, each level in batches over all rows of that level:
 *
 * <ol>
 *   <li>belongsTo parents first (their keys become the rows' foreign keys);
 *   <li>the rows themselves;
 *   <li>hasOne/hasMany children, with their foreign key set to the row's source key;
 *   <li>belongsToMany targets: those without a primary key are created, those with one are taken
 *       as existing and only linked; then the junction rows.
 * </ol>
 *
 * <p>The whole tree is validated before any SQL (every violation reported at once); the caller
 * runs the writes in one transaction, so a failure anywhere leaves nothing behind.
 */
final class NestedCreate {
  private final ExecutionContext ex;
  private final RowDefaults defaults;

  NestedCreate(ExecutionContext ex, RowDefaults defaults) {
    this.ex = ex;
    this.defaults = defaults;
  }

  /** Whether creating {@code rows} with {@code includes} can take more than one statement. */
  static boolean severalStatements(List<?> rows, List<? extends Include<?, ?>> includes) {
    return rows.size() > 1 || !includes.isEmpty();
  }

  /** Throws a {@link ValidationException} listing every violation in the tree, if any. */
  static <T> void validate(TableMeta<T> table, List<T> rows,
      List<? extends Include<T, ?>> includes) {
    validate(table, rows, includes, false);
  }

  /**
   * {@link #validate} of the tree of a nested update, where a belongsTo parent with a key is only
   * pointed at, as a belongsToMany target with a key is only linked: neither is written, so
   * neither is checked.
   */
  static <T> void validateForUpdate(TableMeta<T> table, List<T> rows,
      List<? extends Include<T, ?>> includes) {
    validate(table, rows, includes, true);
  }

  private static <T> void validate(TableMeta<T> table, List<T> rows,
      List<? extends Include<T, ?>> includes, boolean parentsByKey) {
    List<Violation> violations = new ArrayList<>();
    validate(table, rows, includes, null, parentsByKey, violations);
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T> void validate(TableMeta<T> table, List<T> rows,
      List<? extends Include<T, ?>> includes, TableColumn<?, ?> filledByParent,
      boolean parentsByKey, List<Violation> into) {
    for (T row : rows) {
      Violations violations = new Violations();
      table.validate(row, violations);
      if (!violations.isEmpty()) {
        Set<String> filled = filledKeys(row, includes, filledByParent);
        for (Violation violation : violations.list()) {
          // A foreign key this create fills in is not the caller's to give.
          if (!filled.contains(violation.property())) {
            into.add(violation);
          }
        }
      }
      for (Include<T, ?> include : includes) {
        Association association = include.association();
        List<Object> values = values(association, row);
        TableColumn<?, ?> childKey = null;
        if (association.kind() == AssociationKind.HAS_ONE
            || association.kind() == AssociationKind.HAS_MANY) {
          childKey = association.targetKey();
        } else if (association.kind() == AssociationKind.BELONGS_TO_MANY
            || (parentsByKey && association.kind() == AssociationKind.BELONGS_TO)) {
          values = newTargets(association, values);
        }
        validate((TableMeta) association.target(), values, (List) include.includes(), childKey,
            parentsByKey, into);
        if (association.linked()) {
          validateLinks(association, row, into);
        }
      }
    }
  }

  /**
   * The properties of {@code row} that this create fills in itself: the foreign key to the parent
   * it is created under, and the foreign key of each belongsTo parent created with it. Asked only
   * when the row has violations, so that a valid tree allocates nothing for them.
   */
  private static <T> Set<String> filledKeys(T row, List<? extends Include<T, ?>> includes,
      TableColumn<?, ?> filledByParent) {
    Set<String> filled = new HashSet<>();
    if (filledByParent != null) {
      filled.add(filledByParent.property());
    }
    for (Include<T, ?> include : includes) {
      Association<T, ?> association = include.association();
      if (association.kind() == AssociationKind.BELONGS_TO && association.getOne(row) != null) {
        filled.add(association.sourceKey().property());
      }
    }
    return filled;
  }

  /**
   * The link rows of a belongsToMany through a record: every one is written (inserted, or in a
   * nested update compared and updated), so each is checked, except its two keys, which the
   * write fills in.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void validateLinks(Association association, Object row, List<Violation> into) {
    List<Linked<?, ?>> links = association.getLinks(row);
    if (links == null) {
      return;
    }
    ThroughRecord through = association.junction().record();
    Set<String> filled = Set.of(through.sourceKey().property(), through.targetKey().property());
    for (Linked<?, ?> link : links) {
      Violations violations = new Violations();
      through.table().validate(link.link(), violations);
      for (Violation violation : violations.list()) {
        if (!filled.contains(violation.property())) {
          into.add(violation);
        }
      }
    }
  }

  /** The included values of {@code row}: a to-one value as a list of zero or one. */
  @SuppressWarnings("unchecked")
  private static List<Object> values(Association<?, ?> association, Object row) {
    Association<Object, Object> a = (Association<Object, Object>) association;
    if (a.toMany()) {
      List<Object> many = a.getMany(row);
      return many == null ? List.of() : many;
    }
    Object one = a.getOne(row);
    return one == null ? List.of() : List.of(one);
  }

  /** The belongsToMany targets to insert: those without a primary key. */
  @SuppressWarnings("unchecked")
  private static List<Object> newTargets(Association<?, ?> association, List<Object> targets) {
    TableColumn<Object, ?> key = (TableColumn<Object, ?>) association.target().primaryKey();
    List<Object> fresh = new ArrayList<>();
    for (Object target : targets) {
      if (key.get(target) == null) {
        fresh.add(target);
      }
    }
    return fresh;
  }

  /**
   * Creates {@code rows} and their included associations; returns them with keys, foreign keys,
   * defaults and the created associations filled. {@code context} names the association being
   * saved, for error messages (null at the top).
   */
  <T> List<T> create(TableMeta<T> table, List<T> input, List<? extends Include<T, ?>> includes,
      String context) {
    return create(table, input, includes, null, null, context);
  }

  /**
   * {@link #create(TableMeta, List, List, String)} of the children of saved rows: each row's
   * foreign key to its parent, {@code parentKey}, is set to its value in {@code parentKeys} in
   * the same copy that fills its defaults.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private <T> List<T> create(TableMeta<T> table, List<T> input,
      List<? extends Include<T, ?>> includes, TableColumn<T, ?> parentKey,
      List<Object> parentKeys, String context) {
    if (input.isEmpty()) {
      return List.of();
    }
    int n = input.size();
    List<T> rows = new ArrayList<>(input);
    Object[][] created = new Object[includes.size()][];
    for (Include<T, ?> include : includes) {
      Association<T, ?> association = include.association();
      if (parentKey != null && association.kind() == AssociationKind.BELONGS_TO
          && association.sourceKey() == parentKey) {
        // The rows also name that parent through a belongsTo include of their own: its key,
        // set below, wins over the parent's they are created under, so that one goes in first.
        for (int r = 0; r < n; r++) {
          rows.set(r, Copies.with(rows.get(r), parentKey, parentKeys.get(r)));
        }
        parentKey = null;
      }
    }

    // 1. belongsTo parents first: their keys are this level's foreign keys.
    for (int i = 0; i < includes.size(); i++) {
      Association association = includes.get(i).association();
      if (association.kind() != AssociationKind.BELONGS_TO) {
        continue;
      }
      List<Object> parents = new ArrayList<>();
      List<Integer> owners = new ArrayList<>();
      for (int r = 0; r < n; r++) {
        Object parent = association.getOne(input.get(r));
        if (parent != null) {
          parents.add(parent);
          owners.add(r);
        }
      }
      List<Object> saved = create(association.target(), parents,
          (List) includes.get(i).includes(), association.toString());
      created[i] = new Object[n];
      TableColumn foreignKey = association.sourceKey();
      TableColumn targetKey = association.targetKey();
      for (int p = 0; p < saved.size(); p++) {
        int r = owners.get(p);
        created[i][r] = saved.get(p);
        rows.set(r, (T) foreignKey.with(rows.get(r), targetKey.get(saved.get(p))));
      }
    }

    // 2. the rows.
    for (int r = 0; r < n; r++) {
      rows.set(r, defaults.forInsert(table, rows.get(r), parentKey,
          parentKey == null ? null : parentKeys.get(r)));
    }
    rows = new ArrayList<>(RowWrites.insert(ex, table, rows, context));

    // 3. and 4. children and linked targets.
    for (int i = 0; i < includes.size(); i++) {
      Include<T, ?> include = includes.get(i);
      Association association = include.association();
      switch (association.kind()) {
        case HAS_ONE, HAS_MANY -> created[i] = createChildren(include, input, rows);
        case BELONGS_TO_MANY -> created[i] = createLinked(include, input, rows);
        case BELONGS_TO -> { }
      }
    }

    // The returned tree: the saved rows with the saved associations in place.
    if (includes.isEmpty()) {
      return rows;
    }
    List<T> result = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      int index = r;
      result.add(Copies.withIncludes(table, rows.get(r), includes, i -> created[i][index]));
    }
    return result;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private <T> Object[] createChildren(Include<T, ?> include, List<T> input, List<T> rows) {
    Association association = include.association();
    TableMeta target = association.target();
    TableColumn sourceKey = association.sourceKey();
    TableColumn foreignKey = association.targetKey();
    List<Object> children = new ArrayList<>();
    List<Object> parentKeys = new ArrayList<>();
    int[] counts = new int[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      List<Object> values = values(association, input.get(r));
      Object key = sourceKey.get(rows.get(r));
      if (key == null && !values.isEmpty()) {
        throw new UnsavedRowException("Cannot save " + association + ": " + sourceKey
            + " of the saved row is null", association.source().name(), sourceKey.name());
      }
      for (Object child : values) {
        children.add(child);
        parentKeys.add(key);
      }
      counts[r] = values.size();
    }
    List<Object> saved = create(target, children, (List) include.includes(), foreignKey,
        parentKeys, association.toString());
    Object[] perRow = new Object[rows.size()];
    int next = 0;
    for (int r = 0; r < rows.size(); r++) {
      List<Object> mine = saved.subList(next, next + counts[r]);
      next += counts[r];
      if (association.kind() == AssociationKind.HAS_ONE) {
        perRow[r] = mine.isEmpty() ? null : mine.get(0);
      } else {
        perRow[r] = association.getMany(input.get(r)) == null ? null
            : Collections.unmodifiableList(new ArrayList<>(mine));
      }
    }
    return perRow;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private <T> Object[] createLinked(Include<T, ?> include, List<T> input, List<T> rows) {
    Association association = include.association();
    TableMeta target = association.target();
    TableColumn targetPrimaryKey = target.primaryKey();
    TableColumn sourceKey = association.sourceKey();
    TableColumn targetKey = association.targetKey();
    List<Object> fresh = new ArrayList<>();
    for (T row : input) {
      fresh.addAll(newTargets(association, values(association, row)));
    }
    List<Object> saved = create(target, fresh, (List) include.includes(), association.toString());
    if (association.linked()) {
      return createLinkRows(association, input, rows, saved);
    }
    Object[] perRow = new Object[rows.size()];
    List<Object[]> links = new ArrayList<>();
    int next = 0;
    for (int r = 0; r < rows.size(); r++) {
      List<Object> given = association.getMany(input.get(r));
      if (given == null) {
        continue;
      }
      Object source = sourceKey.get(rows.get(r));
      List<Object> targets = new ArrayList<>(given.size());
      Set<Object> seen = new LinkedHashSet<>();
      for (Object value : given) {
        Object linked = targetPrimaryKey.get(value) == null ? saved.get(next++) : value;
        targets.add(linked);
        Object key = targetKey.get(linked);
        if (seen.add(key)) {
          links.add(new Object[] {source, key});
        }
      }
      perRow[r] = Collections.unmodifiableList(targets);
    }
    new JunctionWrites(ex, association).link(links, association.toString());
    return perRow;
  }

  /**
   * The links of a linked belongsToMany: each given {@code Linked}'s link row, its keys to both
   * sides filled in, inserted as rows of the through record (one batch, their payload and
   * timestamps as any row's). {@code saved} are the targets just created, in order.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private <T> Object[] createLinkRows(Association association, List<T> input, List<T> rows,
      List<Object> saved) {
    ThroughRecord through = association.junction().record();
    TableColumn targetPrimaryKey = association.target().primaryKey();
    Object[] perRow = new Object[rows.size()];
    List<Object> linkRows = new ArrayList<>();
    List<Object> targets = new ArrayList<>();
    int next = 0;
    for (int r = 0; r < rows.size(); r++) {
      List<Linked<?, ?>> given = association.getLinks(input.get(r));
      if (given == null) {
        continue;
      }
      Object source = association.sourceKey().get(rows.get(r));
      for (Linked<?, ?> value : given) {
        Object target = targetPrimaryKey.get(value.target()) == null
            ? saved.get(next++) : value.target();
        Object link = Copies.with(value.link(), through.sourceKey(), source);
        linkRows.add(Copies.with(link, through.targetKey(), association.targetKey().get(target)));
        targets.add(target);
      }
    }
    List<Object> links = create(through.table(), linkRows, List.of(), association.toString());
    int at = 0;
    for (int r = 0; r < rows.size(); r++) {
      List<Linked<?, ?>> given = association.getLinks(input.get(r));
      if (given == null) {
        continue;
      }
      List<Object> mine = new ArrayList<>(given.size());
      for (int i = 0; i < given.size(); i++, at++) {
        mine.add(new Linked<>(targets.get(at), links.get(at)));
      }
      perRow[r] = Collections.unmodifiableList(mine);
    }
    return perRow;
  }
}
