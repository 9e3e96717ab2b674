package io.complaintstreams.app;

/**
 * The Kafka principal of the app lacks permissions it needs (found at start-up by {@link KafkaPermissions}); the
 * message names each missing permission and how to grant it. The command line prints it as one error line (exit 1).
 */
public final class MissingKafkaPermissionException extends IllegalStateException {
    MissingKafkaPermissionException(String message) {
        super(message);
    }
}
