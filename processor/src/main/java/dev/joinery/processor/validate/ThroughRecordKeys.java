package dev.joinery.processor.validate;

import dev.joinery.meta.AssociationKind;
import dev.joinery.processor.bind.Junction;
import dev.joinery.processor.bind.Link;
import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.Naming;
import dev.joinery.processor.model.TableModel;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A through record holds a key to both sides of its many-to-many: a {@code @BelongsTo} to each,
 * whose foreign keys are the junction's key columns and whose constraints keep the links honest.
 * When it has several to one side (a self-referential many-to-many: a friendship's two users),
 * {@code foreignKey}/{@code otherKey} name the component of the one meant. The keys' types are
 * the {@code @BelongsTo}s' own business ({@link ForeignKeyTypeMatches} reports them there).
 */
final class ThroughRecordKeys implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (TableModel table : graph.tables()) {
      for (AssociationModel association : table.associations()) {
        if (association.kind() != AssociationKind.BELONGS_TO_MANY || !table.isRecord()) {
          continue;
        }
        Optional<Junction> junction = graph.junction(association);
        if (junction.isEmpty() || !junction.get().hasThroughRecord()
            || !junction.get().target().isRecord()) {
          continue;
        }
        Junction j = junction.get();
        TableModel through = j.throughRecord().orElseThrow();
        List<Link> belongsTos = graph.links().stream()
            .filter(l -> l.source().equals(through) && l.association().kind() == AssociationKind.BELONGS_TO)
            .toList();
        if (j.sourceLink().isEmpty()) {
          checkSide(report, table, association, through, belongsTos, j.source(), "foreignKey",
              association.foreignKey());
        }
        if (j.targetLink().isEmpty()) {
          checkSide(report, table, association, through, belongsTos, j.target(), "otherKey",
              association.otherKey());
        }
      }
    }
  }

  private static void checkSide(ValidationReport report, TableModel table,
      AssociationModel association, TableModel through, List<Link> belongsTos, TableModel side,
      String member, String written) {
    List<Link> toSide = belongsTos.stream()
        .filter(l -> l.referenced().qualifiedName().equals(side.qualifiedName())).toList();
    String candidates = toSide.stream().map(l -> "\"" + l.foreignKey().property() + "\"")
        .collect(Collectors.joining(", "));
    if (toSide.isEmpty()) {
      String alias = Naming.lowerCamel(side.recordName());
      report.error(Message.THROUGH_MISSING_KEY,
          Where.member(association.source(), "throughRecord"), table, through.recordName(),
          table.recordName(), association.name(), side.recordName(), member,
          through.naming().belongsToForeignKey(alias, side), alias);
    } else if (!written.isEmpty()) {
      report.error(Message.THROUGH_UNKNOWN_KEY, Where.member(association.source(), member),
          table, through.recordName(), table.recordName(), association.name(),
          side.recordName(), member, written, candidates);
    } else {
      report.error(Message.THROUGH_AMBIGUOUS_KEY,
          Where.member(association.source(), "throughRecord"), table, through.recordName(),
          table.recordName(), association.name(), side.recordName(), member, candidates);
    }
  }
}
