package dev.joinery.processor.validate;

import dev.joinery.processor.bind.TableIndex;
import dev.joinery.processor.bind.Junction;
import dev.joinery.processor.bind.ForeignKey;
import dev.joinery.processor.model.SourceRef;
import dev.joinery.processor.model.TableModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * No two indexes or foreign-key constraints of the round share a name, given or derived (see
 * {@link dev.joinery.processor.bind.SchemaGraph}), junction tables included. The names live in
 * one namespace per schema, not per table: PostgreSQL and H2 keep index names schema-wide
 * (PostgreSQL together with table names), MySQL and H2 constraint names, and H2 makes every
 * unique index a constraint too. Names are compared ignoring case, as MySQL does.
 *
 * <p>Of two declarations sharing a name, the one that wrote the name is at fault when the other
 * derived it (a written name is the choice that can change); otherwise the later one. Each
 * declaration is reported once however many others share its name.
 */
final class UniqueIndexNames implements Rule {
  /**
   * An index or constraint name and how to speak of its declaration.
   *
   * @param subject "@Index(columns = "name") on Tag", "@BelongsTo Address.customer", ...
   * @param named whether the user wrote this name
   * @param link for a foreign key, its column and the table it references; {@code null} else
   */
  private record Entry(String name, boolean index, boolean named, String subject,
      SourceRef where, TableModel owner, String fix, List<String> link) {

    /** "the index of @Index(...) on Tag", "the foreign key of @BelongsTo Address.customer". */
    String asOther() {
      return (index ? "the index of " : "the foreign key of ") + subject;
    }
  }

  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    Map<String, String> tables = new HashMap<>();
    for (TableModel table : graph.tables()) {
      tables.putIfAbsent(key(table.tableName()), "the table of " + table.recordName());
    }
    for (Junction junction : graph.junctionTables()) {
      tables.putIfAbsent(key(junction.table()), "the junction table of " + junction(junction));
    }
    Map<String, Entry> first = new HashMap<>();
    // By identity: two declarations may read alike (the same @Index written twice).
    Set<Entry> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Entry entry : entries(graph)) {
      String table = entry.index() ? tables.get(key(entry.name())) : null;
      if (table != null) {
        error(entry, table, report);
        reported.add(entry);
        continue;
      }
      Entry earlier = first.putIfAbsent(key(entry.name()), entry);
      if (earlier == null || (earlier.link() != null && earlier.link().equals(entry.link()))) {
        // Two constraints over one column to one table are an inverse pair that disagrees on
        // the referenced key, which InversePairsAgree reports.
        continue;
      }
      Entry fault = earlier.named() && !entry.named() ? earlier : entry;
      Entry other = fault.equals(entry) ? earlier : entry;
      if (reported.add(fault)) {
        error(fault, other.asOther(), report);
      }
    }
  }

  private static void error(Entry fault, String other, ValidationReport report) {
    report.error(fault.index() ? Message.DUPLICATE_INDEX_NAME : Message.DUPLICATE_CONSTRAINT_NAME,
        fault.where(), fault.owner(), fault.name(), fault.subject(), other, fault.fix());
  }

  /** Every index and constraint of the round: per table its indexes, then its keys; junctions. */
  private static List<Entry> entries(RoundGraph graph) {
    List<Entry> entries = new ArrayList<>();
    for (TableModel table : graph.tables()) {
      for (TableIndex index : graph.indexes(table)) {
        entries.add(new Entry(index.name(), true, index.named(), IndexOrigin.describe(index),
            IndexOrigin.where(index), IndexOrigin.owner(index), IndexOrigin.rename(index), null));
      }
      for (ForeignKey key : graph.foreignKeysOn(table)) {
        entries.add(new Entry(key.name(), false, ConstraintOrigin.named(key),
            ConstraintOrigin.describe(key), ConstraintOrigin.where(key),
            ConstraintOrigin.declaration(key).source(), "name it with uniqueKey = \"...\"",
            List.of(table.qualifiedName(), key.column().property(),
                key.referenced().qualifiedName())));
      }
    }
    for (Junction junction : graph.junctionTables()) {
      SourceRef through = Where.member(junction.association().source(), "through");
      String subject = "junction table " + junction.table() + " (" + junction(junction) + ")";
      String fix = "choose another through";
      entries.add(new Entry(junction.indexName(), true, false, subject, through,
          junction.source(), fix, null));
      entries.add(new Entry(junction.sourceForeignKeyName(), false, false, subject, through,
          junction.source(), fix, null));
      // Two columns of one name are JunctionColumnsDistinct's to report, not two constraints.
      if (!junction.sourceColumn().equalsIgnoreCase(junction.targetColumn())) {
        entries.add(new Entry(junction.targetForeignKeyName(), false, false, subject, through,
            junction.source(), fix, null));
      }
    }
    return entries;
  }

  /** "@BelongsToMany Tutorial.tags". */
  private static String junction(Junction junction) {
    return "@BelongsToMany " + junction.source().recordName() + "."
        + junction.association().name();
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
