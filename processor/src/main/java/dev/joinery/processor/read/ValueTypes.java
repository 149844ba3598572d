package dev.joinery.processor.read;

import dev.joinery.meta.ValueType;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Maps a component's Java type to the runtime {@link ValueType}. Unsupported types map to
 * {@code null}: the read stage never fails on a user's type, validation reports it.
 */
final class ValueTypes {
  private ValueTypes() {}

  private static final Map<String, ValueType> DECLARED = Map.ofEntries(
      Map.entry("java.lang.String", ValueType.STRING),
      Map.entry("java.lang.Boolean", ValueType.BOOLEAN),
      Map.entry("java.lang.Byte", ValueType.BYTE),
      Map.entry("java.lang.Short", ValueType.SHORT),
      Map.entry("java.lang.Integer", ValueType.INT),
      Map.entry("java.lang.Long", ValueType.LONG),
      Map.entry("java.lang.Float", ValueType.FLOAT),
      Map.entry("java.lang.Double", ValueType.DOUBLE),
      Map.entry("java.math.BigDecimal", ValueType.BIG_DECIMAL),
      Map.entry("java.time.Instant", ValueType.INSTANT),
      Map.entry("java.time.LocalDateTime", ValueType.LOCAL_DATE_TIME),
      Map.entry("java.time.LocalDate", ValueType.LOCAL_DATE),
      Map.entry("java.time.LocalTime", ValueType.LOCAL_TIME),
      Map.entry("java.util.UUID", ValueType.UUID));

  static ValueType of(TypeMirror type) {
    return switch (type.getKind()) {
      case BOOLEAN -> ValueType.BOOLEAN;
      case BYTE -> ValueType.BYTE;
      case SHORT -> ValueType.SHORT;
      case INT -> ValueType.INT;
      case LONG -> ValueType.LONG;
      case FLOAT -> ValueType.FLOAT;
      case DOUBLE -> ValueType.DOUBLE;
      case ARRAY -> ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE
          ? ValueType.BYTES : null;
      case DECLARED -> {
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        yield element.getKind() == ElementKind.ENUM
            ? ValueType.ENUM
            : DECLARED.get(element.getQualifiedName().toString());
      }
      default -> null;
    };
  }

  /** Canonical name of the enum type, or {@code null} when {@code type} is not an enum. */
  static String enumName(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement().getKind() == ElementKind.ENUM) {
      return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }
    return null;
  }
}
