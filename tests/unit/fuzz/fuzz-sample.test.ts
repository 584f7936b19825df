// The fuzz targets of tests/fuzz at the unit suite's sample size (300 inputs each unless FUZZ_RUNS
// says otherwise); `npm run fuzz` runs the same files with 20000.
import '../../fuzz/sdp.fuzz';
import '../../fuzz/stun.fuzz';
import '../../fuzz/candidate.fuzz';
import '../../fuzz/ice-server-url.fuzz';
import '../../fuzz/wire.fuzz';
