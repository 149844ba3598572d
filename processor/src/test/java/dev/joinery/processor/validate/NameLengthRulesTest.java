package dev.joinery.processor.validate;

import static dev.joinery.processor.validate.Sources.assertError;
import static dev.joinery.processor.validate.Sources.compile;
import static dev.joinery.processor.validate.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Names longer than the 63 bytes PostgreSQL keeps, on the declaration that made each. */
class NameLengthRulesTest {
  private static final String LIMIT = " more than the 63 PostgreSQL keeps (it cuts the rest"
      + " silently; MySQL refuses more than 64): ";

  @Test
  void tableAndColumnNames() {
    JavaFileObject membership = source("Membership",
        "@Table(\"customer_loyalty_programme_membership_tier_assignment_history_entries\")",
        "public record Membership(",
        "    @Id @AutoIncrement Long id,",
        "    String preferredContactMethodForMarketingCommunicationsAndNewsletters,",
        "    @Column(name = \"the_note_column_with_a_name_given_explicitly_that_is_far_too_long\")",
        "    String note,",
        // Its index name starts with the long table name: not reported a second time.
        "    @Column(unique = true) String code) {}");
    JavaFileObject history = source("History",
        // Exactly 63 bytes: kept whole.
        "@Table(\"customer_loyalty_programme_membership_tier_assignment_histories\")",
        "public record History(@Id @AutoIncrement Long id) {}");
    Compilation compilation = compile(membership, history);
    assertError(compilation, 3,
        "[joinery:table-name-too-long] table name"
            + " \"customer_loyalty_programme_membership_tier_assignment_history_entries\" of"
            + " Membership is 69 bytes long," + LIMIT + "choose a shorter name with"
            + " @Table(\"...\")",
        membership, "@Table(\"customer_loyalty");
    assertError(compilation, 3,
        "[joinery:column-name-too-long] column name"
            + " \"preferred_contact_method_for_marketing_communications_and_newsletters\" of"
            + " Membership.preferredContactMethodForMarketingCommunicationsAndNewsletters is 69"
            + " bytes long," + LIMIT + "choose a shorter name with @Column(name = \"...\")",
        membership, "String preferredContactMethod");
    assertError(compilation, 3,
        "[joinery:column-name-too-long] column name"
            + " \"the_note_column_with_a_name_given_explicitly_that_is_far_too_long\" of"
            + " Membership.note is 65 bytes long," + LIMIT + "choose a shorter name with"
            + " @Column(name = \"...\")",
        membership, "@Column(name = \"the_note_column");
  }

  @Test
  void indexNames() {
    JavaFileObject subscription = source("Subscription",
        "@Table",
        "@Index(columns = {\"notificationChannel\", \"deliveryFrequency\", \"quietHoursStart\"})",
        "public record Subscription(",
        "    @Id @AutoIncrement Long id,",
        "    String notificationChannel,",
        "    String deliveryFrequency,",
        "    LocalTime quietHoursStart,",
        "    @Column(unique = true) String externalSubscriberReferenceFromTheBillingProvider,",
        "    @HasOne(unique = true) Preferences preferences) {}");
    JavaFileObject preferences = source("Preferences",
        // The constraint name, two bytes shorter than the unique index's, still fits.
        "@Table(\"notification_preferences_for_subscriptions\")",
        "public record Preferences(",
        "    @Id @AutoIncrement Long id,",
        "    Long subscriptionId) {}");
    JavaFileObject label = source("Label",
        "@Table",
        "@Index(columns = \"name\",",
        "    name = \"labels_by_colour_and_name_for_the_editorial_dashboard_lookup_queries\")",
        "public record Label(",
        "    @Id @AutoIncrement Long id,",
        "    String name) {}");
    Compilation compilation = compile(subscription, preferences, label);
    assertError(compilation, 4,
        "[joinery:index-name-too-long] index name"
            + " \"subscriptions_notification_channel_delivery_frequency_quiet_hours_start\" of"
            + " @Index(columns = {\"notificationChannel\", \"deliveryFrequency\","
            + " \"quietHoursStart\"}) on Subscription is 71 bytes long," + LIMIT
            + "name it with @Index(name = \"...\")",
        subscription, "@Index(columns = {\"notificationChannel\"");
    assertError(compilation, 4,
        "[joinery:index-name-too-long] index name"
            + " \"subscriptions_external_subscriber_reference_from_the_billing_provider_unique\""
            + " of @Column(unique = true) on"
            + " Subscription.externalSubscriberReferenceFromTheBillingProvider is 76 bytes long,"
            + LIMIT + "declare it as @Index(columns ="
            + " \"externalSubscriberReferenceFromTheBillingProvider\", unique = true, name ="
            + " \"...\") on Subscription instead of @Column(unique = true)",
        subscription, "@Column(unique = true) String external");
    assertError(compilation, 4,
        "[joinery:index-name-too-long] index name"
            + " \"notification_preferences_for_subscriptions_subscription_id_unique\" of"
            + " @HasOne Subscription.preferences on Preferences.subscriptionId is"
            + " 65 bytes long," + LIMIT + "declare it on Preferences as @Index(columns ="
            + " \"subscriptionId\", unique = true, name = \"...\"), which replaces the generated"
            + " one",
        subscription, "@HasOne(unique = true) Preferences preferences");
    assertError(compilation, 4,
        "[joinery:index-name-too-long] index name"
            + " \"labels_by_colour_and_name_for_the_editorial_dashboard_lookup_queries\" of"
            + " @Index(columns = \"name\") on Label is 68 bytes long," + LIMIT
            + "name it with @Index(name = \"...\")",
        label, "name = \"labels_by_colour");
  }

  @Test
  void foreignKeyConstraintNames() {
    JavaFileObject subscription = source("NewsletterSubscription",
        "@Table(\"marketing_newsletter_signups\")",
        "public record NewsletterSubscription(",
        "    @Id @AutoIncrement Long id,",
        "    Long subscriberProfileReferenceId,",
        "    @BelongsTo(foreignKey = \"subscriberProfileReferenceId\") Subscriber subscriber,",
        "    Long editorId,",
        "    @BelongsTo(uniqueKey =",
        "        \"newsletter_subscriptions_reference_the_editor_who_approved_them_fk\")",
        "    Subscriber editor) {}");
    JavaFileObject subscriber = source("Subscriber",
        "@Table",
        "public record Subscriber(@Id @AutoIncrement Long id) {}");
    Compilation compilation = compile(subscription, subscriber);
    assertError(compilation, 2,
        "[joinery:constraint-name-too-long] foreign-key constraint name"
            + " \"marketing_newsletter_signups_subscriber_profile_reference_id_fkey\" of"
            + " @BelongsTo NewsletterSubscription.subscriber is 65 bytes long," + LIMIT
            + "name it with uniqueKey = \"...\"",
        subscription, "@BelongsTo(foreignKey = \"subscriberProfileReferenceId\")");
    assertError(compilation, 2,
        "[joinery:constraint-name-too-long] foreign-key constraint name"
            + " \"newsletter_subscriptions_reference_the_editor_who_approved_them_fk\" of"
            + " @BelongsTo NewsletterSubscription.editor is 66 bytes long," + LIMIT
            + "name it with uniqueKey = \"...\"",
        subscription, "\"newsletter_subscriptions_reference_the_editor");
  }

  @Test
  void junctionNames() {
    JavaFileObject tutorial = source("Tutorial",
        "@Table",
        "public record Tutorial(",
        "    @Id @AutoIncrement Long id,",
        "    @BelongsToMany(through =",
        "        \"tutorials_and_the_tags_the_editorial_team_assigned_to_them_in_review\")",
        "    List<Tag> tags,",
        "    @BelongsToMany(through = \"tutorial_topics\", otherKey =",
        "        \"topic_identifier_assigned_by_the_editorial_team_during_the_review\")",
        "    List<Topic> topics,",
        "    @BelongsToMany(through = \"tutorial_labels\",",
        "        otherKey = \"label_identifier_assigned_by_the_editorial_team\")",
        "    List<Label> labels) {}");
    JavaFileObject tag = source("Tag", "@Table", "public record Tag(@Id @AutoIncrement Long id) {}");
    JavaFileObject topic =
        source("Topic", "@Table", "public record Topic(@Id @AutoIncrement Long id) {}");
    JavaFileObject label =
        source("Label", "@Table", "public record Label(@Id @AutoIncrement Long id) {}");
    Compilation compilation = compile(tutorial, tag, topic, label);
    assertError(compilation, 3,
        "[joinery:junction-name-too-long] junction table name"
            + " \"tutorials_and_the_tags_the_editorial_team_assigned_to_them_in_review\" of"
            + " @BelongsToMany Tutorial.tags is 68 bytes long," + LIMIT
            + "choose a shorter through",
        tutorial, "\"tutorials_and_the_tags");
    assertError(compilation, 3,
        "[joinery:junction-name-too-long] junction column name"
            + " \"topic_identifier_assigned_by_the_editorial_team_during_the_review\" of"
            + " @BelongsToMany Tutorial.topics is 65 bytes long," + LIMIT
            + "choose a shorter one with otherKey = \"...\"",
        tutorial, "\"topic_identifier");
    assertError(compilation, 3,
        "[joinery:junction-name-too-long] foreign-key constraint name"
            + " \"tutorial_labels_label_identifier_assigned_by_the_editorial_team_fkey\" of"
            + " @BelongsToMany Tutorial.labels is 68 bytes long," + LIMIT
            + "choose a shorter through or shorter junction column names",
        tutorial, "through = \"tutorial_labels\"");
  }
}
