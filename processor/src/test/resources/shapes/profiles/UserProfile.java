package shapes.profiles;

import dev.joinery.annotation.Column;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UuidV4;
import java.util.UUID;

/** Seed 003: the profile side, no association declared. */
@Table
public record UserProfile(
    @Id @UuidV4 @Column(name = "userProfileId") UUID userProfileId,
    @Column(length = 100) String address) {}
