package io.complaintstreams.domain.calendar;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The calendar for each landlord: the common England and Wales one, plus that landlord's closure days if configured. */
public final class LandlordCalendars {
    private final WorkingDayCalendar common;
    private final Map<String, WorkingDayCalendar> perLandlord = new HashMap<>();

    private LandlordCalendars(WorkingDayCalendar common, Map<String, List<BankHoliday>> closures) {
        this.common = common;
        closures.forEach((landlord, days) -> perLandlord.put(landlord, common.withExtraDays(days)));
    }

    public static LandlordCalendars from(CalendarConfig config) {
        WorkingDayCalendar common = config.holidaysFile()
                .map(file -> WorkingDayCalendar.englandAndWales(file, config.replaceBundled()))
                .orElseGet(WorkingDayCalendar::englandAndWales);
        return new LandlordCalendars(common, config.landlordClosures());
    }

    /** The calendar shared by landlords without closure days. */
    public WorkingDayCalendar common() {
        return common;
    }

    public WorkingDayCalendar forLandlord(String landlordId) {
        return landlordId == null ? common : perLandlord.getOrDefault(landlordId, common);
    }
}
