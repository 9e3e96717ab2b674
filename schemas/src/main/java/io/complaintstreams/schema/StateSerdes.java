package io.complaintstreams.schema;

import complaintstreams.state.ComplaintLedger;
import complaintstreams.state.CounterSet;
import complaintstreams.state.EntityEntry;
import complaintstreams.state.EntityFact;

/**
 * One immutable serde per state-store value type (namespace {@code complaintstreams.state}): binary Avro in the
 * single-object encoding, every kept version in {@code schemas/versions/}, under the same compatibility gate as the
 * topics. State values are never JSON.
 */
public final class StateSerdes {
    public static final SingleObjectSerde<ComplaintLedger> COMPLAINT_LEDGER =
            new SingleObjectSerde<>(ComplaintLedger.class, ComplaintLedger.getClassSchema());
    public static final SingleObjectSerde<CounterSet> COUNTER_SET =
            new SingleObjectSerde<>(CounterSet.class, CounterSet.getClassSchema());

    public static final SingleObjectSerde<EntityFact> ENTITY_FACT =
            new SingleObjectSerde<>(EntityFact.class, EntityFact.getClassSchema());
    public static final SingleObjectSerde<EntityEntry> ENTITY_ENTRY =
            new SingleObjectSerde<>(EntityEntry.class, EntityEntry.getClassSchema());

    /** Store {@code officer-unlogged-items}: one resident's grouped possible-unlogged-complaint items. */
    public static final SingleObjectSerde<complaintstreams.state.UnloggedItems> UNLOGGED_ITEMS =
            new SingleObjectSerde<>(complaintstreams.state.UnloggedItems.class, complaintstreams.state.UnloggedItems.getClassSchema());
    public static final SingleObjectSerde<complaintstreams.state.OmbudsmanCaseEntry> OMBUDSMAN_CASE_ENTRY =
            new SingleObjectSerde<>(complaintstreams.state.OmbudsmanCaseEntry.class,
                    complaintstreams.state.OmbudsmanCaseEntry.getClassSchema());

    /** Store {@code service-request-ledger}: one service request's facts, chasing state and contributions. */
    public static final SingleObjectSerde<complaintstreams.state.ServiceRequestLedger> SERVICE_REQUEST_LEDGER =
            new SingleObjectSerde<>(complaintstreams.state.ServiceRequestLedger.class,
                    complaintstreams.state.ServiceRequestLedger.getClassSchema());
    /** Repartition {@code service-request-facts}: a contact or a link on its way to a service request's ledger. */
    public static final SingleObjectSerde<complaintstreams.state.RequestLedgerInput> REQUEST_LEDGER_INPUT =
            new SingleObjectSerde<>(complaintstreams.state.RequestLedgerInput.class,
                    complaintstreams.state.RequestLedgerInput.getClassSchema());

    /** Store {@code signals-unlogged-residents}: one resident's signals awaiting a complaint, settled signals, receipts. */
    public static final SingleObjectSerde<complaintstreams.state.UnloggedResidentState> UNLOGGED_RESIDENT_STATE =
            new SingleObjectSerde<>(complaintstreams.state.UnloggedResidentState.class,
                    complaintstreams.state.UnloggedResidentState.getClassSchema());
    /** Repartition {@code signals-resident-facts}: a signal, a complaint RECEIVED or an erasure, keyed by residentId. */
    public static final SingleObjectSerde<complaintstreams.state.UnloggedResidentFact> UNLOGGED_RESIDENT_FACT =
            new SingleObjectSerde<>(complaintstreams.state.UnloggedResidentFact.class,
                    complaintstreams.state.UnloggedResidentFact.getClassSchema());

    private StateSerdes() {}
}
