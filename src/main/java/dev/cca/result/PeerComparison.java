package dev.cca.result;

import java.util.List;

/**
 * {@code cca assess --peers CATALOG}: the assessed centers compared with a catalog of peers, read as {@code cca batch}
 * reads it (an assessed center that is also in the catalog takes its place there). {@code standing} and
 * {@code robustness} are indexed by {@link AssessmentResult#centers()}; their ranks are among all {@code centers}.
 *
 * @param catalog        the catalog's files and folders as given; empty when the assessed centers were compared only
 *                       with each other (with {@code --robustness} and no {@code --peers})
 * @param centers        centers compared: the catalog's valid ones and the assessed ones
 * @param invalidRecords the catalog's records that could not be scored (listed among the result's problems)
 * @param standing       each assessed center's standing among the peers of its scale class
 * @param robustness     with {@code --robustness N}, how far its grade and rank hold; else null
 */
public record PeerComparison(List<String> catalog, int centers, int invalidRecords, PeerStanding standing, Robustness robustness) {
}
