package dev.joinery.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.joinery.testing.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seed 003: users and profiles on UUID keys, {@code belongsTo} with {@code foreignKey: 'profile'}
 * and {@code targetKey: 'userProfileId'}, e-mail and URL validation; on every database.
 */
class UsersTest {
  @RegisterExtension static final SampleServers SERVERS = new SampleServers();

  private static final String UUID_PATTERN =
      "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

  @ParameterizedTest
  @EnumSource(Engine.class)
  void createsAProfileThenAUserPointingAtIt(Engine engine) {
    Sample sample = SERVERS.on(engine);
    Http.Response profile = sample.http.post("/api/profiles", "{\"address\":\"1 Main St\"}");
    assertThat(profile.status()).as(profile.toString()).isEqualTo(201);
    String profileId = profile.json().path("userProfileId").asText();
    assertThat(profileId).matches(UUID_PATTERN);
    assertThat(profile.json().path("createdAt").asText()).isNotBlank();

    String firstName = Sample.unique("Grace");
    Http.Response user = sample.http.post("/api/users", """
        {"firstName":"%s","lastName":"Hopper","email":"grace@example.com",
         "photo":"https://example.com/grace.png","phone":"+15550100","profile":"%s"}"""
        .formatted(firstName, profileId));
    assertThat(user.status()).as(user.toString()).isEqualTo(201);
    String userId = user.json().path("userId").asText();
    assertThat(userId).matches(UUID_PATTERN);
    assertThat(user.header("Location")).isEqualTo("/api/users/" + userId);

    Http.Response read = sample.http.get("/api/users/" + userId + "?include=userProfile");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().path("profile").asText()).isEqualTo(profileId);
    assertThat(read.json().path("userProfile").path("address").asText()).isEqualTo("1 Main St");

    // Seed 003 keeps the camelCase column names of its `field`s.
    assertThat(sample.text("SELECT " + sample.q("profile") + " FROM " + sample.q("users")
        + " WHERE " + sample.q("firstName") + " = ?", firstName)).isEqualToIgnoringCase(profileId);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void createsAUserWithANewProfileInOneCall(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String firstName = Sample.unique("Ada");

    Http.Response user = sample.http.post("/api/users", """
        {"firstName":"%s","userProfile":{"address":"12 Analytical Row"}}""".formatted(firstName));

    assertThat(user.status()).as(user.toString()).isEqualTo(201);
    JsonNode profile = user.json().path("userProfile");
    assertThat(profile.path("userProfileId").asText()).matches(UUID_PATTERN);
    assertThat(user.json().path("profile").asText())
        .isEqualTo(profile.path("userProfileId").asText());
    assertThat(sample.count("user_profiles", "address", "12 Analytical Row")).isPositive();
    Http.Response listed = sample.http.get("/api/users?include=userProfile&where[firstName]="
        + firstName);
    assertThat(listed.json().get(0).path("userProfile").path("address").asText())
        .isEqualTo("12 Analytical Row");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void listsEveryViolationOfAUserAndWritesNothing(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String firstName = Sample.unique("Invalid");

    Http.Response refused = sample.http.post("/api/users", """
        {"firstName":"%s","email":"not-an-email","photo":"not a url","phone":"+1 555 0100 99999",
         "userProfile":{"address":null}}""".formatted(firstName));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().path("error").asText()).isEqualTo("validation");
    List<String> violations = new ArrayList<>();
    refused.json().path("violations").forEach(v -> violations.add(v.path("table").asText() + "."
        + v.path("column").asText() + " " + v.path("rule").asText() + ": "
        + v.path("message").asText()));
    assertThat(violations).containsExactlyInAnyOrder(
        "users.email isEmail: users.email must be an e-mail address",
        "users.photo isUrl: users.photo must be a URL",
        "users.phone length: users.phone must be at most 13 characters long (was 17)",
        "user_profiles.address notNull: user_profiles.address cannot be null");
    assertThat(sample.count("users", "firstName", firstName)).isZero();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void answersAMissingProfileWith409AndABadKeyWith400(Engine engine) {
    Sample sample = SERVERS.on(engine);
    String firstName = Sample.unique("Orphan");

    Http.Response orphan = sample.http.post("/api/users", "{\"firstName\":\"" + firstName
        + "\",\"profile\":\"" + UUID.randomUUID() + "\"}");
    assertThat(orphan.status()).as(orphan.toString()).isEqualTo(409);
    assertThat(orphan.json().path("error").asText()).isEqualTo("foreign-key");
    assertThat(sample.count("users", "firstName", firstName)).isZero();

    Http.Response notUuid = sample.http.post("/api/users", "{\"firstName\":\"" + firstName
        + "\",\"profile\":\"42\",\"userId\":\"" + UUID.randomUUID() + "\"}");
    assertThat(notUuid.status()).isEqualTo(400);
    assertThat(notUuid.json().path("violations")).hasSize(2);

    assertThat(sample.http.get("/api/users/not-a-uuid").status()).isEqualTo(400);
    Http.Response missing = sample.http.get("/api/users/" + UUID.randomUUID());
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().path("error").asText()).isEqualTo("not-found");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void updatesAUserByUuidAndValidatesTheChange(Engine engine) {
    Sample sample = SERVERS.on(engine);
    Http.Response user = sample.http.post("/api/users",
        "{\"firstName\":\"" + Sample.unique("Linus") + "\"}");
    String userId = user.json().path("userId").asText();

    Http.Response changed = sample.http.put("/api/users/" + userId,
        "{\"email\":\"linus@example.com\"}");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().path("email").asText()).isEqualTo("linus@example.com");

    Http.Response invalid = sample.http.put("/api/users/" + userId, "{\"email\":\"linus\"}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().path("violations").get(0).path("rule").asText())
        .isEqualTo("isEmail");
    assertThat(sample.text("SELECT " + sample.q("email") + " FROM " + sample.q("users")
        + " WHERE " + sample.q("userId") + " = ?", sample.uuid(userId)))
        .isEqualTo("linus@example.com");
  }
}
