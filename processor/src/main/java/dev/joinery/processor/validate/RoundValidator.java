package dev.joinery.processor.validate;

import dev.joinery.processor.bind.SchemaGraph;
import java.util.List;

/**
 * Runs every validation rule over the whole round's model as one graph (an association's target
 * is checked against the target's model) and collects all errors.
 *
 * <p>Each rule owns one kind of mistake and stays silent where another rule's mistake makes its
 * question moot ({@link RoundGraph} answers "nothing" there), so the user sees each mistake once,
 * and every mistake of the round in one build.
 */
public final class RoundValidator {
  private static final List<Rule> RULES = List.of(
      // the records themselves
      new TableIsRecord(),
      new TableIsReachable(),
      new SinglePrimaryKey(),
      new ComponentTypeSupported(),
      new AnnotationsOnComponentsOnly(),
      // column facts
      new AutoIncrementOnIntegralId(),
      new UuidV4OnUuid(),
      new TimestampType(),
      new OneTimestampOfEachKind(),
      new VersionType(),
      new VersionNotOnId(),
      new OneVersionPerRecord(),
      new DeletedAtIsNullable(),
      new StringValidationType(),
      new ColumnFacetTypes(),
      new LengthBounds(),
      new ColumnSizes(),
      new DefaultValueParses(),
      new SecretOnValueColumns(),
      // names and indexes
      new UniqueTableNames(),
      new UniqueColumnNames(),
      new UniqueJsonNames(),
      new IndexColumnsExist(),
      new IdentifiersFit(),
      new UniqueIndexNames(),
      // associations
      new AssociationShape(),
      new AssociationTypeArguments(),
      new AssociationTargetIsTable(),
      new KeyComponentsExist(),
      new ForeignKeyTypeMatches(),
      new ReferencedKeyIsUnique(),
      new InversePairsAgree(),
      new OneLinkPerForeignKey(),
      new SetNullNeedsNullableKey(),
      new NotNullForeignKeyCycle(),
      new MixinNamesAreFree(),
      // many-to-many junctions
      new ThroughIsNamed(),
      new ThroughRecordIsTable(),
      new ThroughRecordKeys(),
      new LinkedPayloadMatches(),
      new JunctionNameIsFree(),
      new JunctionColumnsDistinct(),
      new JunctionSidesAgree());

  private RoundValidator() {}

  /** Validates the bound graph of the round. */
  public static ValidationReport validate(SchemaGraph bound) {
    RoundGraph graph = new RoundGraph(bound);
    ValidationReport report = new ValidationReport();
    for (Rule rule : RULES) {
      rule.check(graph, report);
    }
    return report;
  }
}
