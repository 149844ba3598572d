package shapes.packages.a;

import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;

@Table
public record Owner(@Id Long id) {}
