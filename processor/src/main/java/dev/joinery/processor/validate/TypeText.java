package dev.joinery.processor.validate;

import dev.joinery.processor.model.ColumnModel;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Types as a user writes them in a record header ({@code List<Comment>}, not
 * {@code java.util.List<com.example.Comment>}), and the few type questions the rules ask.
 */
final class TypeText {
  private static final String TABLE = "dev.joinery.annotation.Table";

  private TypeText() {}

  /** {@code java.util.List<com.example.Comment>} → {@code List<Comment>}. */
  static String simple(TypeMirror type) {
    if (type == null) {
      return "?";
    }
    if (type instanceof DeclaredType declared) {
      String name = declared.asElement().getSimpleName().toString();
      if (declared.getTypeArguments().isEmpty()) {
        return name;
      }
      return name + declared.getTypeArguments().stream().map(TypeText::simple)
          .collect(Collectors.joining(", ", "<", ">"));
    }
    if (type instanceof ArrayType array) {
      return simple(array.getComponentType()) + "[]";
    }
    if (type instanceof WildcardType wildcard) {
      return wildcard.getExtendsBound() != null ? "? extends " + simple(wildcard.getExtendsBound())
          : wildcard.getSuperBound() != null ? "? super " + simple(wildcard.getSuperBound()) : "?";
    }
    return type.toString();
  }

  /** The type as it would be written for a nullable key: {@code long} → {@code Long}. */
  static String boxed(ColumnModel column) {
    TypeMirror type = column.type();
    return switch (type.getKind()) {
      case BOOLEAN -> "Boolean";
      case BYTE -> "Byte";
      case SHORT -> "Short";
      case INT -> "Integer";
      case LONG -> "Long";
      case CHAR -> "Character";
      case FLOAT -> "Float";
      case DOUBLE -> "Double";
      default -> simple(type);
    };
  }

  /** {@code Long} → {@code long}; {@code null} for a type without a primitive form. */
  static String unboxed(String boxed) {
    return switch (boxed) {
      case "Boolean" -> "boolean";
      case "Byte" -> "byte";
      case "Short" -> "short";
      case "Integer" -> "int";
      case "Long" -> "long";
      case "Character" -> "char";
      case "Float" -> "float";
      case "Double" -> "double";
      default -> null;
    };
  }

  /** "a String", "an Integer", "a primitive long": how messages name what a component is. */
  static String article(TypeMirror type) {
    String text = simple(type);
    if (type.getKind().isPrimitive()) {
      text = "a primitive " + text;
      return text;
    }
    // "an Integer" but "a UUID": an acronym is read letter by letter.
    boolean vowel = "AEIOUaeiou".indexOf(text.charAt(0)) >= 0
        && (text.length() < 2 || !Character.isUpperCase(text.charAt(1)));
    return (vowel ? "an " : "a ") + text;
  }

  /** The first type argument of a declared type ({@code List<Comment>} → {@code Comment}). */
  static TypeMirror elementType(TypeMirror type) {
    if (type instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty()) {
      return declared.getTypeArguments().get(0);
    }
    return null;
  }

  /** Whether the type is {@code java.util.List<...>}. */
  static boolean isList(TypeMirror type) {
    return type instanceof DeclaredType declared
        && declared.asElement() instanceof TypeElement element
        && element.getQualifiedName().contentEquals("java.util.List");
  }

  /** Whether the type is a declared type annotated {@code @Table}. */
  static boolean isTable(TypeMirror type) {
    if (!(type instanceof DeclaredType declared) || type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    Element element = declared.asElement();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals(TABLE)) {
        return true;
      }
    }
    return false;
  }
}
