package dev.joinery.processor.validate;

import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.TableModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationValue;

/**
 * The DAO methods generated for an association (named after its component, as Sequelize names
 * mixins after {@code as}) are free: no other association of the record generates the same name,
 * and no method every DAO inherits has it.
 *
 * <p>Two associations sharing a name ({@code @HasOne Comment comment} and
 * {@code @HasMany List<Comment> comments} both make {@code createComment}) would give the DAO a
 * duplicate method that does not compile, or, with different targets, an overload whose meaning
 * depends on the argument's type. A mixin named like an inherited method ({@code @HasOne Handle
 * handle} makes {@code getHandle(account)} beside Jdbi's {@code getHandle()}) compiles as an
 * overload but reads as the same operation. Both are reported on the later association only,
 * since renaming either component fixes them.
 */
final class MixinNamesAreFree implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (TableModel table : graph.tables()) {
      List<AssociationModel> earlier = new ArrayList<>();
      for (AssociationModel association : table.associations()) {
        if (!RoundGraph.shapeOk(association)) {
          continue;
        }
        inherited(graph, table, association, report);
        for (AssociationModel other : earlier) {
          Set<String> shared = new LinkedHashSet<>(names(graph, association));
          shared.retainAll(names(graph, other));
          if (!shared.isEmpty()) {
            report.error(Message.MIXIN_CLASH, association.source().at((AnnotationValue) null),
                table, RoundGraph.annotationName(association.kind()), table.recordName(),
                association.name(), dao(table), String.join(", ", shared),
                RoundGraph.annotationName(other.kind()), other.name());
            break;
          }
        }
        earlier.add(association);
      }
    }
  }

  private static void inherited(RoundGraph graph, TableModel table,
      AssociationModel association, ValidationReport report) {
    Set<String> clashes = new LinkedHashSet<>();
    Set<String> from = new LinkedHashSet<>();
    for (String name : names(graph, association)) {
      String declaredBy = MixinNames.INHERITED.get(name);
      if (declaredBy != null) {
        clashes.add(name);
        from.add(declaredBy);
      }
    }
    if (!clashes.isEmpty()) {
      report.error(Message.MIXIN_INHERITED, association.source().at((AnnotationValue) null),
          table, RoundGraph.annotationName(association.kind()), table.recordName(),
          association.name(), dao(table), String.join(", ", clashes), String.join(" and ", from));
    }
  }

  private static Set<String> names(RoundGraph graph, AssociationModel association) {
    return new LinkedHashSet<>(graph.mixins(association).names());
  }

  /** The generated DAO's simple name ({@code Outer_InnerDao} for a nested record). */
  private static String dao(TableModel table) {
    return String.join("_", table.simpleNames()) + "Dao";
  }
}
