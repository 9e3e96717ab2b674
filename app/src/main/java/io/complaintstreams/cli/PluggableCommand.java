package io.complaintstreams.cli;

/**
 * A subcommand that lives in another module and is found on the classpath with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.complaintstreams.cli.PluggableCommand}): a picocli {@code @Command} class with a public
 * no-argument constructor. The {@code bench} module provides {@code bench} this way, so that the production jar does
 * not carry the benchmark's dependencies (kafka-tools, kafka-streams-test-utils).
 */
public interface PluggableCommand {
}
