#pragma once
/// \file mc_math.hpp
/// Branch-free elementary functions and random streams for the Monte Carlo engine.
///
/// They use only IEEE additions, multiplications, divisions, square roots and bit operations,
/// so they give bit-identical results on every x86-64 or ARM machine, at any optimisation
/// level and whether or not the compiler vectorises them (monte_carlo.cpp is compiled with
/// -ffp-contract=off so no fused multiply-add changes a rounding). glibc's exp/log are
/// correctly rounded in practice but are not vectorised without -ffast-math; these are.
/// Accuracy: exp and log within 2 ulp, sincos within 4e-16 absolute on [0, 1).
/// Not part of the public API.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace candor::core::mc {

inline constexpr double magic_round = 6755399441055744.0; // 1.5 * 2^52
inline constexpr double ln2_hi = 6.93147180369123816490e-01;
inline constexpr double ln2_lo = 1.90821492927058770002e-10;
inline constexpr double log2e = 1.44269504088896338700e+00;
inline constexpr double two_pi = 6.28318530717958647693e+00;

/// e^x; 0 below -745, +inf above 709.78.
inline double exp(double x) {
    const double xc = x < -745.0 ? -745.0 : (x > 709.78 ? 709.78 : x);
    const double t = xc * log2e + magic_round;
    const double nd = t - magic_round;
    const auto n = static_cast<std::int64_t>(std::bit_cast<std::uint64_t>(t) -
                                             std::bit_cast<std::uint64_t>(magic_round));
    const double r = (xc - nd * ln2_hi) - nd * ln2_lo; // |r| <= 0.3466
    // Taylor series of e^r to degree 13 (remainder < 5e-18).
    double p = 1.0 / 6227020800.0;
    p = p * r + 1.0 / 479001600.0;
    p = p * r + 1.0 / 39916800.0;
    p = p * r + 1.0 / 3628800.0;
    p = p * r + 1.0 / 362880.0;
    p = p * r + 1.0 / 40320.0;
    p = p * r + 1.0 / 5040.0;
    p = p * r + 1.0 / 720.0;
    p = p * r + 1.0 / 120.0;
    p = p * r + 1.0 / 24.0;
    p = p * r + 1.0 / 6.0;
    p = p * r + 0.5;
    p = p * r + 1.0;
    p = p * r + 1.0;
    // 2^n as two factors so that subnormal results and n = 1024 stay representable.
    const std::int64_t n1 = n / 2;
    const std::int64_t n2 = n - n1;
    const auto f1 = std::bit_cast<double>(static_cast<std::uint64_t>(n1 + 1023) << 52);
    const auto f2 = std::bit_cast<double>(static_cast<std::uint64_t>(n2 + 1023) << 52);
    const double y = p * f1 * f2;
    return x < -745.0 ? 0.0 : y;
}

/// Natural logarithm of a positive normal number (the Monte Carlo never passes others);
/// 0 gives a very large negative number instead of -inf.
inline double log(double x) {
    const auto bits = std::bit_cast<std::uint64_t>(x);
    std::int64_t e = static_cast<std::int64_t>((bits >> 52) & 0x7ffU) - 1023;
    auto m = std::bit_cast<double>((bits & 0x000fffffffffffffULL) | 0x3ff0000000000000ULL);
    const bool big = m > 1.41421356237309504880;
    m = big ? m * 0.5 : m;
    e += big ? 1 : 0;
    const double f = m - 1.0;
    const double s = f / (2.0 + f); // |s| <= 0.1716
    const double z = s * s;
    // log(m) = 2 atanh(s) = 2 (s + s^3/3 + s^5/5 + ...), to s^23 (remainder < 1e-19).
    double p = 1.0 / 23.0;
    p = p * z + 1.0 / 21.0;
    p = p * z + 1.0 / 19.0;
    p = p * z + 1.0 / 17.0;
    p = p * z + 1.0 / 15.0;
    p = p * z + 1.0 / 13.0;
    p = p * z + 1.0 / 11.0;
    p = p * z + 1.0 / 9.0;
    p = p * z + 1.0 / 7.0;
    p = p * z + 1.0 / 5.0;
    p = p * z + 1.0 / 3.0;
    const double logm = 2.0 * s + 2.0 * s * z * p;
    const double ed = std::bit_cast<double>(std::bit_cast<std::uint64_t>(magic_round) +
                                            static_cast<std::uint64_t>(e)) -
                      magic_round;
    const double y = ed * ln2_hi + (logm + ed * ln2_lo);
    return x > 0.0 ? y : -1.0e300;
}

/// sin(2 pi u) and cos(2 pi u) for u in [0, 1).
inline void sincos_2pi(double u, double& s_out, double& c_out) {
    const double t = u * 4.0 + magic_round;
    const double qd = t - magic_round; // nearest quarter turn
    const auto q = static_cast<std::int64_t>(std::bit_cast<std::uint64_t>(t) -
                                             std::bit_cast<std::uint64_t>(magic_round)) &
                   3;
    const double x = (u - qd * 0.25) * two_pi; // |x| <= pi/4
    const double x2 = x * x;
    double s = -1.0 / 1307674368000.0;
    s = s * x2 + 1.0 / 6227020800.0;
    s = s * x2 - 1.0 / 39916800.0;
    s = s * x2 + 1.0 / 362880.0;
    s = s * x2 - 1.0 / 5040.0;
    s = s * x2 + 1.0 / 120.0;
    s = s * x2 - 1.0 / 6.0;
    s = x + x * x2 * s;
    double c = 1.0 / 20922789888000.0;
    c = c * x2 - 1.0 / 87178291200.0;
    c = c * x2 + 1.0 / 479001600.0;
    c = c * x2 - 1.0 / 3628800.0;
    c = c * x2 + 1.0 / 40320.0;
    c = c * x2 - 1.0 / 720.0;
    c = c * x2 + 1.0 / 24.0;
    c = c * x2 - 0.5;
    c = 1.0 + x2 * c;
    // sin(x + q pi/2), cos(x + q pi/2)
    const double sa = (q & 1) != 0 ? c : s;
    const double ca = (q & 1) != 0 ? s : c;
    s_out = (q == 2 || q == 3) ? -sa : sa;
    c_out = (q == 1 || q == 2) ? -ca : ca;
}

/// SplitMix64 (Steele, Lea and Flood 2014), used only to seed the xoshiro streams.
inline std::uint64_t splitmix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/// A double in [0, 1) from the top 52 bits of a 64-bit word.
inline double to_unit(std::uint64_t x) {
    return std::bit_cast<double>((x >> 12) | 0x3ff0000000000000ULL) - 1.0;
}

/// Eight interleaved xoshiro256+ generators (Blackman and Vigna, "Scrambled linear
/// pseudorandom number generators", ACM TOMS 47(4), 2021): one step advances every lane, so
/// the compiler turns it into vector instructions. xoshiro256+ is the authors' choice for
/// floating-point numbers (its lowest bits are weak; to_unit drops them).
inline constexpr int lanes = 8;
using U64x8 = std::uint64_t __attribute__((vector_size(64)));
using F64x8 = double __attribute__((vector_size(64)));

struct XoshiroLanes {
    static constexpr int Lanes = lanes;
    alignas(64) std::uint64_t s0[Lanes];
    alignas(64) std::uint64_t s1[Lanes];
    alignas(64) std::uint64_t s2[Lanes];
    alignas(64) std::uint64_t s3[Lanes];

    /// Independent-looking streams for (seed, stream): each lane's state comes from SplitMix64
    /// over a distinct starting point.
    void seed(std::uint64_t seed_value, std::uint64_t stream) {
        for (int l = 0; l < Lanes; ++l) {
            std::uint64_t st =
                seed_value ^ (0x632be59bd9b4e019ULL * (stream * static_cast<std::uint64_t>(Lanes) +
                                                       static_cast<std::uint64_t>(l) + 1));
            s0[l] = splitmix64(st);
            s1[l] = splitmix64(st);
            s2[l] = splitmix64(st);
            s3[l] = splitmix64(st);
        }
    }

    /// Fills out[0 .. rows*Lanes) with uniforms in [0, 1), lane-interleaved. Written with
    /// GCC/Clang vector extensions: the state stays in vector registers (the compiler splits
    /// the vectors to whatever width the target has; the results are the same bits).
    void fill(double* out, int rows) {
        using U = U64x8;
        using D = F64x8;
        U a;
        U b;
        U c;
        U d;
        std::memcpy(&a, s0, sizeof a);
        std::memcpy(&b, s1, sizeof b);
        std::memcpy(&c, s2, sizeof c);
        std::memcpy(&d, s3, sizeof d);
        const U one_bits = U{} + 0x3ff0000000000000ULL;
        const D one = D{} + 1.0;
        for (int r = 0; r < rows; ++r) {
            const U res = a + d;
            const U t = b << 17;
            c ^= a;
            d ^= b;
            b ^= c;
            a ^= d;
            c ^= t;
            d = (d << 45) | (d >> 19);
            const U bits = (res >> 12) | one_bits;
            D u;
            std::memcpy(&u, &bits, sizeof u);
            u -= one;
            std::memcpy(out + static_cast<std::ptrdiff_t>(r) * Lanes, &u, sizeof u);
        }
        std::memcpy(s0, &a, sizeof a);
        std::memcpy(s1, &b, sizeof b);
        std::memcpy(s2, &c, sizeof c);
        std::memcpy(s3, &d, sizeof d);
    }
};

/// One scalar xoshiro256+ stream (for the rare Beta draws).
struct Xoshiro {
    std::uint64_t s[4];
    void seed(std::uint64_t seed_value, std::uint64_t stream) {
        std::uint64_t st =
            seed_value ^ (0x9e6c63d0676a9a99ULL * (stream + 1)) ^ 0x5851f42d4c957f2dULL;
        for (auto& w : s) {
            w = splitmix64(st);
        }
    }
    double next() {
        const std::uint64_t res = s[0] + s[3];
        const std::uint64_t t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = (s[3] << 45) | (s[3] >> 19);
        return to_unit(res);
    }
};

} // namespace candor::core::mc
