# Shared by the benchmark scripts of this folder, which source it after changing to the repository's root.

# The median of the numbers on stdin, one a line.
median() {
  sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'
}
