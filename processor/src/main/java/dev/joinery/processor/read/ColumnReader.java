package dev.joinery.processor.read;

import dev.joinery.meta.ValueType;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.NamingMode;
import dev.joinery.processor.model.SourceRef;
import dev.joinery.schema.FractionalSeconds;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * Reads one column component: its type and every fact its annotations state. Defaults that
 * depend only on the column itself and the naming mode are applied here (name, VARCHAR length
 * 255, DECIMAL 19,2, a timestamp's fractional digits); whether the facts make sense together is
 * the validate stage's question.
 */
final class ColumnReader {
  private static final int DEFAULT_LENGTH = 255;
  private static final int DEFAULT_PRECISION = 19;
  private static final int DEFAULT_SCALE = 2;

  /**
   * @param component the record component's field, which carries the component's annotations
   *     and, unlike the component element, a source position for diagnostics
   * @param naming names the column when {@code @Column(name)} does not, and gives a timestamp
   *     its fractional digits when {@code @Column(precision)} does not
   */
  ColumnModel read(Element component, int ordinal, int componentIndex, NamingMode naming) {
    TypeMirror type = component.asType();
    ValueType valueType = ValueTypes.of(type);
    Optional<AnnotationMirror> column = Annotations.find(component, Names.COLUMN);
    SourceRef source = column.map(SourceRef.of(component)::at).orElse(SourceRef.of(component));

    String property = component.getSimpleName().toString();
    String name = column.map(m -> Annotations.string(m, "name")).orElse("");
    int length = column.map(m -> Annotations.integer(m, "length")).orElse(0);
    int precision = column.map(m -> Annotations.integer(m, "precision")).orElse(0);
    int scale = column.map(m -> Annotations.integer(m, "scale")).orElse(-1);
    String defaultValue = column.map(m -> Annotations.string(m, "defaultValue")).orElse("");
    String collation = column.map(m -> Annotations.string(m, "collation")).orElse("");
    Optional<AnnotationMirror> lengthRule = Annotations.find(component, Names.LENGTH);
    boolean sized = valueType == ValueType.STRING || valueType == ValueType.ENUM;
    boolean decimal = valueType == ValueType.BIG_DECIMAL;
    boolean version = Annotations.has(component, Names.VERSION);
    // A counter column that sync(ALTER) can add to a table with rows; only on the types the
    // validate stage accepts, so a misplaced @Version gets no follow-on default error.
    boolean counter = version && (valueType == ValueType.INT || valueType == ValueType.LONG);
    boolean text = column.map(m -> Annotations.bool(m, "text")).orElse(false);
    // A timestamp's precision is its fractional digits of seconds, where 0 (whole seconds) and
    // Column.DATABASE_PRECISION are values, so only a written one replaces the mode's default.
    boolean fractional = valueType != null && FractionalSeconds.applies(valueType);
    boolean precisionWritten =
        column.map(m -> Annotations.explicit(m, "precision") != null).orElse(false);

    return new ColumnModel(
        source,
        property,
        name.isEmpty() ? naming.columnName(property) : name,
        ordinal,
        componentIndex,
        type,
        valueType,
        type.getKind().isPrimitive(),
        ValueTypes.enumName(type),
        Annotations.has(component, Names.ID),
        Annotations.has(component, Names.AUTO_INCREMENT),
        Annotations.has(component, Names.UUID_V4),
        Annotations.has(component, Names.CREATED_AT),
        Annotations.has(component, Names.UPDATED_AT),
        version,
        Annotations.has(component, Names.DELETED_AT),
        Annotations.has(component, Names.NOT_NULL),
        column.map(m -> Annotations.bool(m, "nullable")).orElse(true),
        sized ? (length > 0 ? length : text ? 0 : DEFAULT_LENGTH) : 0,
        text,
        column.map(m -> Annotations.bool(m, "unsigned")).orElse(false),
        decimal ? (precision > 0 ? precision : DEFAULT_PRECISION)
            : fractional ? (precisionWritten ? precision : naming.fractionalDigits())
            : 0,
        decimal ? (scale >= 0 ? scale : DEFAULT_SCALE) : 0,
        column.map(m -> Annotations.bool(m, "unique")).orElse(false),
        defaultValue.isEmpty() ? (counter ? "0" : null) : defaultValue,
        Annotations.has(component, Names.EMAIL),
        Annotations.has(component, Names.URL),
        lengthRule.map(m -> Annotations.integer(m, "min")).orElse(0),
        lengthRule.map(m -> Annotations.integer(m, "max")).orElse(Integer.MAX_VALUE),
        Annotations.has(component, Names.SECRET),
        collation.isEmpty() ? null : collation);
  }
}
