package io.complaintstreams.erase;

import complaintstreams.privacy.ResidentKey;
import io.complaintstreams.broker.KafkaClientConfig;
import io.complaintstreams.privacy.KeyIds;
import io.complaintstreams.privacy.MasterKey;
import io.complaintstreams.topics.Topic;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Re-wraps every live data key on {@code complaints.resident-keys} that the old master key wrapped under the new one
 * (README "Keys and the master key"). The key id, resident reference, period and creation time stay; the wrapped bytes
 * and {@code masterKeyId} change; compaction then drops the old version (within {@code max.compaction.lag.ms}, 24 h).
 * Written in Kafka transactions of 1,000 keys. Re-runnable: keys already under the new key are left alone, so a run
 * that stopped half-way is finished by running it again.
 *
 * <p>Erasure is never undone: keys of a resident whose erased marker is present are tombstoned instead of re-wrapped,
 * and after the transaction the topic is read again; a key re-wrapped here whose resident was erased meanwhile (its
 * tombstone written between this scan and this write, which the write would have revived) is tombstoned again. A key
 * the retention job deletes in that window is revived until the job's next run (within 6 hours); the classifier treats
 * text past retention as absent meanwhile.
 */
public final class MasterKeyRotation {
    /** What was done: counts and master-key ids only. */
    public record Result(int rewrapped, int alreadyNew, int erasedDeleted, int revivedDeleted, Set<String> otherMasterKeyIds,
                         int underOtherKeys) {}

    private static final int BATCH = 1000;
    private final KafkaClientConfig clients;
    private final Topic<ResidentKey> topic;

    public MasterKeyRotation(KafkaClientConfig clients, Topic<ResidentKey> topic) {
        this.clients = clients;
        this.topic = topic;
    }

    /**
     * @param old     the key the data keys were wrapped with (and any earlier ones it was given with {@code withPrevious})
     * @param rotated the new key; must carry {@code old}'s resident references ({@link MasterKey#rotated()})
     */
    public Result rotate(MasterKey old, MasterKey rotated, Duration timeout) throws TimeoutException {
        MasterKey reader = rotated.withPrevious(old);
        Map<String, ResidentKey> live = ResidentKeyScan.live(clients, topic, timeout);
        Set<String> erasedRefs = erasedRefs(live);
        List<ProducerRecord<String, byte[]>> writes = new ArrayList<>();
        Set<String> rewrappedIds = new TreeSet<>();
        Set<String> others = new TreeSet<>();
        int alreadyNew = 0;
        int erasedDeleted = 0;
        int underOthers = 0;
        for (ResidentKey key : live.values()) {
            if (KeyIds.periodOfKeyId(key.getKeyId()) == null) {
                continue; // an erased marker: no key inside
            }
            if (erasedRefs.contains(key.getResidentRef())) {
                writes.add(new ProducerRecord<>(topic.name(), key.getKeyId(), null));
                erasedDeleted++;
            } else if (rotated.id().equals(key.getMasterKeyId())) {
                alreadyNew++;
            } else if (!reader.canUnwrap(key.getMasterKeyId())) {
                others.add(key.getMasterKeyId());
                underOthers++;
            } else {
                byte[] dataKey = reader.unwrap(bytes(key.getWrappedKey()), key.getKeyId(), key.getMasterKeyId());
                ResidentKey again = ResidentKey.newBuilder(key).setWrappedKey(ByteBuffer.wrap(rotated.wrap(dataKey, key.getKeyId())))
                        .setMasterKeyId(rotated.id()).build();
                writes.add(new ProducerRecord<>(topic.name(), key.getKeyId(), topic.valueSerde().encode(again)));
                rewrappedIds.add(key.getKeyId());
            }
        }
        send(writes, timeout);
        int revived = tombstoneRevived(rewrappedIds, timeout);
        return new Result(rewrappedIds.size(), alreadyNew, erasedDeleted, revived, others, underOthers);
    }

    /** Keys this rotation wrote whose resident is erased by now, or that were deleted meanwhile: deleted again. */
    private int tombstoneRevived(Set<String> rewrappedIds, Duration timeout) throws TimeoutException {
        if (rewrappedIds.isEmpty()) {
            return 0;
        }
        Map<String, ResidentKey> after = ResidentKeyScan.live(clients, topic, timeout);
        Set<String> erasedRefs = erasedRefs(after);
        List<ProducerRecord<String, byte[]>> tombstones = rewrappedIds.stream()
                .filter(id -> erasedRefs.contains(KeyIds.residentRefOf(id)))
                .map(id -> new ProducerRecord<String, byte[]>(topic.name(), id, null)).toList();
        send(tombstones, timeout);
        return tombstones.size();
    }

    private static Set<String> erasedRefs(Map<String, ResidentKey> live) {
        return live.keySet().stream().filter(id -> id.endsWith(KeyIds.SEPARATOR + KeyIds.ERASED))
                .map(KeyIds::residentRefOf).collect(Collectors.toSet());
    }

    private void send(List<ProducerRecord<String, byte[]>> records, Duration timeout) {
        if (records.isEmpty()) {
            return;
        }
        Properties p = clients.asProperties();
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "complaint-streams-rotate-master-key-" + UUID.randomUUID());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(timeout.toMillis()));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            for (int from = 0; from < records.size(); from += BATCH) {
                producer.beginTransaction();
                records.subList(from, Math.min(records.size(), from + BATCH)).forEach(producer::send);
                producer.commitTransaction();
            }
        }
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer b = buffer.duplicate();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
