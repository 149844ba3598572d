package dev.joinery.processor.validate;

import dev.joinery.processor.bind.Link;
import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.Naming;
import dev.joinery.processor.model.NamingMode;
import dev.joinery.processor.model.TableModel;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two associations of one kind on one record (two hasMany, two hasOne, two belongsTo) to the
 * same target over the same foreign key, written or defaulted, are one link: they make one
 * constraint and load the same rows, which is never what two components mean
 * ({@code @HasMany List<Book> books} and {@code @HasMany List<Book> drafts} both default to
 * {@code Book.authorId}). The later association is reported, under its {@code foreignKey} when
 * written, with a foreign key of its own to declare.
 *
 * <p>A hasOne/hasMany on one record and a belongsTo on the other with one key are an inverse pair,
 * which is right and checked by {@link InversePairsAgree}. A hasOne beside a hasMany over one key
 * (a pinned one among many) reads the same rows differently and is left alone.
 */
final class OneLinkPerForeignKey implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    // By declaring record (identity), side and key: the first declaration of each.
    IdentityHashMap<TableModel, Map<List<Object>, Link>> first = new IdentityHashMap<>();
    for (Link link : graph.links()) {
      List<Object> key = List.of(link.association().kind(), link.holder().qualifiedName(),
          link.foreignKeyName(), link.referenced().qualifiedName(),
          link.referencedKey().property());
      Link earlier = first.computeIfAbsent(link.source(), s -> new HashMap<>())
          .putIfAbsent(key, link);
      if (earlier != null) {
        report(link, earlier, report);
      }
    }
  }

  private static void report(Link later, Link earlier, ValidationReport report) {
    AssociationModel association = later.association();
    NamingMode naming = later.source().naming();
    String fresh = later.isBelongsTo()
        ? naming.belongsToForeignKey(association.name(), later.referenced())
        : Naming.lowerCamel(Naming.singular(association.name()))
            + Naming.upperCamel(naming.hasForeignKey(later.source()));
    TableModel holder = later.holder();
    String fix = holder.column(fresh).isPresent()
        ? "write foreignKey = \"" + fresh + "\", a component of " + holder.recordName()
        : "declare `" + TypeText.boxed(later.referencedKey()) + " " + fresh + "` in "
            + holder.recordName() + " and write foreignKey = \"" + fresh + "\"";
    report.error(Message.SHARED_FOREIGN_KEY, Where.member(association.source(), "foreignKey"),
        later.source(), RoundGraph.annotationName(association.kind()),
        later.source().recordName(), association.name(),
        RoundGraph.annotationName(earlier.association().kind()), earlier.association().name(),
        holder.recordName(), later.foreignKeyName(), fix);
  }
}
