package org.communitychest.monitoring.openreferral;

import java.util.Objects;
import java.util.UUID;

/**
 * Where an activity meets. The address is a UK one: the profile asks for a state or province, which in the UK is
 * the county ({@code Greater London} for a London address).
 *
 * @param latitude  WGS84 decimal degrees, or {@code null} when the place has not been found on a map; with
 *                  {@code longitude} or neither
 */
public record DirectoryVenue(UUID id, String name, String addressLine, String city, String county, String postcode,
        Double latitude, Double longitude) {

    public DirectoryVenue {
        Objects.requireNonNull(id, "id");
        Require.text(name, "name");
        Require.text(addressLine, "addressLine");
        Require.text(city, "city");
        Require.text(county, "county");
        Require.text(postcode, "postcode");
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("latitude and longitude come together: " + latitude + ", " + longitude);
        }
        if (latitude != null && (Math.abs(latitude) > 90 || Math.abs(longitude) > 180)) {
            throw new IllegalArgumentException("not a place on Earth: " + latitude + ", " + longitude);
        }
    }
}
