package io.complaintstreams.erase;

import complaintstreams.privacy.ErasureAudit;
import complaintstreams.privacy.ErasureRequest;
import complaintstreams.privacy.ResidentKey;
import io.complaintstreams.broker.KafkaClientConfig;
import io.complaintstreams.privacy.AesGcm;
import io.complaintstreams.privacy.KeyIds;
import io.complaintstreams.privacy.MasterKey;
import io.complaintstreams.topics.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * One resident's erasure (README "Data protection", "Erasure"), in one Kafka transaction: tombstones for every data
 * key of the resident on {@code complaints.resident-keys} (every month: the words become unreadable in every topic
 * and store that keeps them) and the resident's erased marker; an {@link ErasureRequest} on every partition of
 * {@code complaints.erasure-requests} (the topology masks the id in its stores and in {@code complaints.deadlines});
 * and the {@link ErasureAudit} record on {@code complaints.erasure-audit}, holding a salted hash instead of the id.
 */
public final class ResidentErasure {
    /** The start of the mask an erased resident's id is replaced with ({@code erased-} and 16 random hex digits). */
    public static final String MASK_PREFIX = "erased-";

    private static final HexFormat HEX = HexFormat.of();

    /** What was done: the ids to quote, never the resident id. */
    public record Result(String requestId, String maskedId, int keysErased, int partitions) {}

    private final KafkaClientConfig clients;
    private final Topics topics;
    private final MasterKey master;

    public ResidentErasure(KafkaClientConfig clients, Topics topics, MasterKey master) {
        this.clients = clients;
        this.topics = topics;
        this.master = master;
    }

    public Result erase(String residentId, String requestedBy, String reason, Duration timeout) throws TimeoutException {
        String ref = master.residentRef(residentId);
        List<String> keyIds = ResidentKeyScan.live(clients, topics.residentKeys, timeout).keySet().stream()
                .filter(id -> id.startsWith(ref + KeyIds.SEPARATOR) && !id.equals(KeyIds.erasedMarker(ref)))
                .toList();
        String requestId = UUID.randomUUID().toString();
        String maskedId = MASK_PREFIX + HEX.formatHex(AesGcm.randomBytes(8));
        Instant now = Instant.now();
        byte[] salt = AesGcm.randomBytes(16);
        ErasureRequest request = ErasureRequest.newBuilder().setRequestId(requestId)
                .setSealedResidentId(ByteBuffer.wrap(master.sealResidentId(residentId, requestId))).setMaskedId(maskedId)
                .setRequestedAt(now).build();
        ErasureAudit audit = ErasureAudit.newBuilder().setRequestId(requestId).setResidentHash(saltedHash(salt, residentId))
                .setSalt(HEX.formatHex(salt)).setRequestedBy(requestedBy).setRequestedAt(now).setReason(reason)
                .setKeysErased(keyIds.size()).setMaskedId(maskedId).build();
        ResidentKey marker = ResidentKey.newBuilder().setKeyId(KeyIds.erasedMarker(ref)).setResidentRef(ref).setPeriod(KeyIds.ERASED)
                .setWrappedKey(ByteBuffer.allocate(0)).setMasterKeyId(master.id()).setCreatedAt(now).build();

        Properties p = clients.asProperties();
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "complaint-streams-erase-" + requestId);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(timeout.toMillis()));
        int partitions;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            for (String keyId : keyIds) {
                producer.send(new ProducerRecord<>(topics.residentKeys.name(), keyId, null));
            }
            producer.send(new ProducerRecord<>(topics.residentKeys.name(), marker.getKeyId(), topics.residentKeys.valueSerde().encode(marker)));
            List<PartitionInfo> infos = producer.partitionsFor(topics.erasureRequests.name());
            byte[] requestBytes = topics.erasureRequests.valueSerde().encode(request);
            for (PartitionInfo info : infos) {
                producer.send(new ProducerRecord<>(topics.erasureRequests.name(), info.partition(), requestId, requestBytes));
            }
            producer.send(new ProducerRecord<>(topics.erasureAudit.name(), requestId, topics.erasureAudit.valueSerde().encode(audit)));
            producer.commitTransaction();
            partitions = infos.size();
        }
        return new Result(requestId, maskedId, keyIds.size(), partitions);
    }

    /** Hex SHA-256 of the salt followed by the UTF-8 id: lets an auditor confirm a given id, never recover one. */
    public static String saltedHash(byte[] salt, String residentId) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return HEX.formatHex(digest.digest(residentId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
