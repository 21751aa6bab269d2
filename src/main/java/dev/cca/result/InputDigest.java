package dev.cca.result;

/**
 * An input file of a run and the SHA-256 of its bytes, so that a result says exactly what it was computed
 * from ({@code -} for standard input).
 */
public record InputDigest(String file, String sha256) {
}
