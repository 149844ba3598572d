package dev.joinery.processor.read;

import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.ComponentModel;
import dev.joinery.processor.model.NamingMode;
import dev.joinery.processor.model.SourceRef;
import dev.joinery.processor.model.TableModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The read stage: turns a type annotated {@code @Table} into its immutable {@link TableModel}.
 *
 * <p>Reading never fails on a user's mistake. Whatever is odd (a class instead of a record, an
 * unsupported component type, a key naming no component) is recorded as read, and the validate
 * stage reports it on the element at fault. A component is an association exactly when it
 * carries {@code @HasOne}, {@code @BelongsTo}, {@code @HasMany} or {@code @BelongsToMany}; every
 * other component is a column.
 */
public final class TableReader {
  private final Elements elements;
  private final NamingMode defaultNaming;
  private final ColumnReader columnReader = new ColumnReader();
  private final AssociationReader associationReader = new AssociationReader();
  private final IndexReader indexReader = new IndexReader();

  public TableReader(Elements elements) {
    this(elements, NamingMode.SNAKE_CASE);
  }

  /** @param defaultNaming the mode of records whose {@code @Table} names none */
  public TableReader(Elements elements, NamingMode defaultNaming) {
    this.elements = elements;
    this.defaultNaming = defaultNaming;
  }

  public TableModel read(TypeElement type) {
    AnnotationMirror table = Annotations.find(type, Names.TABLE).orElse(null);
    String givenName = table == null ? "" : Annotations.string(table, "value");
    SourceRef source = table == null
        ? SourceRef.of(type)
        : SourceRef.of(type).at(table).at(Annotations.explicit(table, "value"));
    NamingMode naming = naming(table);

    List<ComponentModel> components = new ArrayList<>();
    List<ColumnModel> columns = new ArrayList<>();
    List<AssociationModel> associations = new ArrayList<>();
    boolean isRecord = type.getKind() == ElementKind.RECORD;
    if (isRecord) {
      List<? extends RecordComponentElement> recordComponents = type.getRecordComponents();
      Map<String, Element> fields = new HashMap<>();
      for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
        if (!field.getModifiers().contains(Modifier.STATIC)) {
          fields.put(field.getSimpleName().toString(), field);
        }
      }
      for (int index = 0; index < recordComponents.size(); index++) {
        // The component's private field: it has the component's annotations and, unlike the
        // component element in javac 17, a source position, so diagnostics land in the source.
        RecordComponentElement recordComponent = recordComponents.get(index);
        Element component = fields.getOrDefault(
            recordComponent.getSimpleName().toString(), recordComponent);
        String name = component.getSimpleName().toString();
        Optional<AnnotationMirror> jsonName = Annotations.find(component, Names.JSON_NAME);
        components.add(new ComponentModel(SourceRef.of(component), name, index,
            component.asType(), jsonName.map(m -> Annotations.string(m, "value")).orElse(name),
            jsonName.map(m -> SourceRef.of(component).at(m).at(Annotations.explicit(m, "value")))
                .orElse(null)));
        Optional<AnnotationMirror> association = AssociationReader.annotation(component);
        if (association.isPresent()) {
          associations.add(associationReader.read(component, association.get(), index));
        } else {
          columns.add(columnReader.read(component, columns.size(), index, naming));
        }
      }
    }

    List<String> simpleNames = simpleNames(type);
    return new TableModel(
        source,
        elements.getPackageOf(type).getQualifiedName().toString(),
        simpleNames,
        isRecord,
        givenName.isEmpty() ? naming.tableName(simpleNames.get(simpleNames.size() - 1)) : givenName,
        naming,
        components,
        columns,
        associations,
        indexReader.read(type));
  }

  /** {@code @Table(naming)}, or the compilation's default for {@code DEFAULT}. */
  private NamingMode naming(AnnotationMirror table) {
    String constant = table == null ? "DEFAULT" : Annotations.enumConstant(table, "naming");
    return switch (constant) {
      case "SNAKE_CASE" -> NamingMode.SNAKE_CASE;
      case "SEQUELIZE" -> NamingMode.SEQUELIZE;
      default -> defaultNaming;
    };
  }

  /**
   * The component types of {@code type} that do not exist yet (javac's error types), usually
   * because another processor generates them in a later round. A record with any is read in the
   * next round instead, when they may exist.
   */
  public static List<String> missingTypes(TypeElement type) {
    List<String> missing = new ArrayList<>();
    if (type.getKind() != ElementKind.RECORD) {
      return missing;
    }
    for (RecordComponentElement component : type.getRecordComponents()) {
      collectErrors(component.asType(), missing);
    }
    return missing;
  }

  private static void collectErrors(TypeMirror type, List<String> missing) {
    if (type.getKind() == TypeKind.ERROR) {
      missing.add(type.toString());
    } else if (type.getKind() == TypeKind.DECLARED) {
      for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
        collectErrors(argument, missing);
      }
    }
  }

  private static List<String> simpleNames(TypeElement type) {
    Deque<String> names = new ArrayDeque<>();
    Element current = type;
    while (current instanceof TypeElement enclosing) {
      names.addFirst(enclosing.getSimpleName().toString());
      current = enclosing.getEnclosingElement();
    }
    return List.copyOf(names);
  }
}
