package io.complaintstreams.generator.internal;

/** One home and its lead tenant; {@code tenure} is LCRA (low-cost rental) or LCHO (low-cost home ownership). */
public record Home(int index, String propertyId, String residentId, String tenure) {

    public boolean sharedOwnership() {
        return "LCHO".equals(tenure);
    }
}
