package dev.joinery.processor.validate;

import dev.joinery.processor.model.SourceRef;
import dev.joinery.processor.model.TableModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Joinery's column and association annotations are read from the record components only. Their
 * targets also allow methods, parameters and fields, because javac copies a component's
 * annotations onto its field, accessor and canonical-constructor parameter, so the same
 * annotations compile silently where Joinery never looks: on an explicit accessor, a parameter of
 * an explicit canonical constructor, a static field, any other method or parameter. Each such
 * annotation is reported on itself.
 *
 * <p>javac 17 marks the copies it makes no differently from written annotations
 * ({@code Elements.getOrigin} says EXPLICIT for both), so an accessor or canonical parameter is
 * checked by content: an annotation that its component carries too is a copy (or a harmless
 * repetition), any other is ignored by Joinery and reported.
 */
final class AnnotationsOnComponentsOnly implements Rule {
  private static final String PACKAGE = "dev.joinery.annotation.";

  /** The hint where no component is at hand: a method, a parameter of another method. */
  private static final String REMOVE =
      "remove it, or declare the column it describes as a component in the record header";

  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (TableModel table : graph.tables()) {
      TypeElement record = (TypeElement) table.source().element();
      List<? extends RecordComponentElement> components = record.getRecordComponents();
      for (Element member : record.getEnclosedElements()) {
        boolean field = member.getKind() == ElementKind.FIELD;
        if (field && member.getModifiers().contains(Modifier.STATIC)) {
          for (AnnotationMirror annotation : joinery(member)) {
            report(report, table, member, annotation, "static field " + name(record, member),
                "remove it, or make " + member.getSimpleName() + " a component in the record"
                    + " header: `" + text(annotation) + " " + TypeText.simple(member.asType()) + " "
                    + member.getSimpleName() + "`");
          }
        } else if (member instanceof ExecutableElement executable) {
          check(table, record, components, executable, report);
        }
      }
    }
  }

  private static void check(TableModel table, TypeElement record,
      List<? extends RecordComponentElement> components, ExecutableElement executable,
      ValidationReport report) {
    RecordComponentElement accessed = accessed(components, executable);
    boolean canonical = isCanonical(components, executable);
    String method = executable.getKind() == ElementKind.CONSTRUCTOR
        ? "the constructor of " + record.getSimpleName()
        : record.getSimpleName() + "." + executable.getSimpleName() + "()";
    for (AnnotationMirror annotation : joinery(executable)) {
      if (accessed == null) {
        report(report, table, executable, annotation, "method " + method, REMOVE);
      } else if (!carries(accessed, annotation)) {
        report(report, table, executable, annotation, "accessor " + method,
            onComponent(annotation, accessed));
      }
    }
    List<? extends VariableElement> parameters = executable.getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      VariableElement parameter = parameters.get(i);
      for (AnnotationMirror annotation : joinery(parameter)) {
        String where = "parameter " + parameter.getSimpleName() + " of " + method;
        if (!canonical) {
          report(report, table, parameter, annotation, where, REMOVE);
        } else if (!carries(components.get(i), annotation)) {
          report(report, table, parameter, annotation, where,
              onComponent(annotation, components.get(i)));
        }
      }
    }
  }

  private static String onComponent(AnnotationMirror annotation, RecordComponentElement component) {
    return "move it onto the component in the record header: `" + text(annotation) + " "
        + TypeText.simple(component.asType()) + " " + component.getSimpleName() + "`";
  }

  private static void report(ValidationReport report, TableModel table, Element element,
      AnnotationMirror annotation, String where, String instead) {
    report.error(Message.ANNOTATION_NOT_ON_COMPONENT, new SourceRef(element, annotation, null),
        table, simpleName(annotation), where, instead);
  }

  /** The component whose accessor {@code method} is: same name, no parameters. */
  private static RecordComponentElement accessed(List<? extends RecordComponentElement> components,
      ExecutableElement method) {
    if (method.getKind() != ElementKind.METHOD || !method.getParameters().isEmpty()
        || method.getModifiers().contains(Modifier.STATIC)) {
      return null;
    }
    for (RecordComponentElement component : components) {
      if (component.getSimpleName().contentEquals(method.getSimpleName())) {
        return component;
      }
    }
    return null;
  }

  /**
   * Whether {@code constructor} is the canonical one, compact, implicit or written out: it takes
   * the components' types in order. The names are compared too, because they always match in a
   * compact constructor, whose parameters carry copies that must never be reported, even where
   * type annotations make two spellings of one type print differently.
   */
  private static boolean isCanonical(List<? extends RecordComponentElement> components,
      ExecutableElement constructor) {
    if (constructor.getKind() != ElementKind.CONSTRUCTOR
        || constructor.getParameters().size() != components.size()) {
      return false;
    }
    boolean sameNames = true;
    boolean sameTypes = true;
    for (int i = 0; i < components.size(); i++) {
      VariableElement parameter = constructor.getParameters().get(i);
      sameNames &= parameter.getSimpleName().contentEquals(components.get(i).getSimpleName());
      sameTypes &= parameter.asType().toString().equals(components.get(i).asType().toString());
    }
    return sameNames || sameTypes;
  }

  /** Whether the component has the same annotation with the same values, in any order. */
  private static boolean carries(RecordComponentElement component, AnnotationMirror annotation) {
    Map<String, String> values = values(annotation);
    return component.getAnnotationMirrors().stream().anyMatch(m ->
        qualifiedName(m).equals(qualifiedName(annotation)) && values(m).equals(values));
  }

  private static Map<String, String> values(AnnotationMirror mirror) {
    Map<String, String> values = new HashMap<>();
    mirror.getElementValues().forEach((member, value) ->
        values.put(member.getSimpleName().toString(), value.toString()));
    return values;
  }

  private static List<AnnotationMirror> joinery(Element element) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (qualifiedName(mirror).startsWith(PACKAGE)) {
        found.add(mirror);
      }
    }
    return found;
  }

  private static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  private static String simpleName(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }

  /** {@code @Column(length = 40)}: the annotation as a user writes it. */
  private static String text(AnnotationMirror mirror) {
    Map<? extends ExecutableElement, ? extends AnnotationValue> values = mirror.getElementValues();
    if (values.isEmpty()) {
      return "@" + simpleName(mirror);
    }
    return values.entrySet().stream()
        .map(e -> e.getKey().getSimpleName() + " = " + value(e.getValue()))
        .collect(Collectors.joining(", ", "@" + simpleName(mirror) + "(", ")"));
  }

  private static String value(AnnotationValue value) {
    return value.getValue() instanceof VariableElement constant
        ? constant.getSimpleName().toString() : value.toString();
  }

  private static String name(TypeElement record, Element member) {
    return record.getSimpleName() + "." + member.getSimpleName();
  }
}
