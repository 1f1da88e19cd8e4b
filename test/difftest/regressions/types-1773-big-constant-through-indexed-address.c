// difftest --features types seed 1773: a 64-bit constant stored to a[i] went through %rcx, which held i (fixed: storeConstant picks a register the address does not use).
/* minicc difftest program, seed 1773, features arrays,assignexpr,bitwise,blockdecl,breakcont,casts,char,comma,compound,dowhile,enum,extern,for,globals,goto,incdec,logic,long,null,pointers,short,sizeof,staticglobals,staticlocals,switch,ternary,typedef,unsigned,void */
#include <stdio.h>

static int safe_mul(int a, int b) {
    if (a > 0) {
        if (b > 0) { if (a > 2147483647 / b) return a; }
        else { if (b < (-2147483647 - 1) / a) return a; }
    } else {
        if (b > 0) { if (a < (-2147483647 - 1) / b) return a; }
        else { if (a != 0) { if (b < 2147483647 / a) return a; } }
    }
    return a * b;
}

static int safe_div(int a, int b) {
    if (b == 0) return a;
    if (b == -1) { if (a == (-2147483647 - 1)) return a; }
    return a / b;
}

static int safe_shl(int a, int b) {
    if (a < 0) return a;
    if (b < 0) return a;
    if (b > 31) return a;
    if (a > (2147483647 >> b)) return a;
    return a << b;
}

static int safe_shr(int a, int b) {
    if (a < 0) return a;
    if (b < 0) return a;
    if (b > 31) return a;
    return a >> b;
}

typedef long long td1;
typedef long td2;
typedef char td3;
enum tenum4 { TENUM4_A = 89, TENUM4_B, TENUM4_C, TENUM4_NEG = -9 };

static unsigned short tmax_unsigned_short(unsigned short a, unsigned short b) {
    return a > b ? a : b;
}

static long tmax_long(long a, long b) {
    return a > b ? a : b;
}

static unsigned long tsum_char(char *p, int n) {
    unsigned long s = 0;
    for (int i = 0; i < n; i++)
        s = s * 31 + p[i];
    return s;
}

static long *tpick_long(long *p, int k) {
    return p + k;
}

static int g0 = 203;
extern int g1;
int g2 = 284 << 0X15 == 0x7c - 0X87;
int g3;
extern unsigned long tg5;
static long tg6[1][2] = {{-0526565731600253217755l, 9l}};
enum tenum8 { TENUM8_NEG = -1, TENUM8 = 10 };
typedef unsigned char tdarr9[10];
tdarr9 tg7 = {184, 0x2, 2, 162, 0x7, 0x3e, 17, 254, 41, 0x7f};
char tg10[9] = "6,sdb";
int f0(int q, int u, int z, int x, int c);
int f1(int, int, int, int, int, int, int, int, int);
int f2(int a, int u, int t, int q, int x, int b, int m, int acc, int r, int c);
static int f3(int m, int r, int c);

int f2(int a, int u, int t, int q, int x, int b, int m, int acc, int r, int c) {
    int g3 = 01630, g2, y = safe_div(0101, g1) >= (acc ? a : 6) == (a ^ t & 0);
    g2 = y ^ g3;
    enum tenum17 { TENUM17_NEG = -1, TENUM17 = 1 };
    typedef long tdarr18[TENUM17];
    tdarr18 ta16 = {(unsigned)07 << (tg5 & 31)};
    q = ((r &= 6) - b) % 04000000;
    c = q |= 28;
    printf("ta16=%ld\n", ta16[0]);
    printf("f2: %d %d %d\n", m, y, c);
    return a * ((a ? q : y) || g1 == b);
}

static int f3(int m, int r, int c) {
    int x, b = r, v = m;
    x = m;
    unsigned int tv19 = -7439422000216796391 ? -c : (tmax_long(0xb505, 5) != TENUM8_NEG) - (c && tg7[tg10[06] % 7]);
    if (b > -1048576) b--;
    switch (m % 0X12) {
    case 4:
    case 0x1d:
        for (int k = 3; k > 0; k--) {
            int v = b = 2 / -0XA, q = b >= -1039535 && b <= 1039534 ? b -= v % 0X2352 : b;
            if ((b > x ? b : m ? -1 : r) >= 0x0)
                if (-m) goto out20;
            else {
                b = tsum_char(tg10, 2) % 1000;
                for (int ti21 = 0; ti21 < (int)(sizeof tg10 / sizeof tg10[0]); ti21++) {
                    tg10[ti21] = tg10[6];
                }
                if (x - k)
                    tv19 = (td1)tg7[9];
                else if ((413 + q)) {
                    b = ((q = k) && safe_mul(c & m, m) & b) - (b >= (x = 160) >= +(0X119 ^ b) < ((r >= (-2147483647 - 1) == -c) >= (v & (-2147483647 - 1) & (k ^ v)))) + r <= m;
                    c = safe_mul(m, v) % 0xd && (x >= -1048575 ? x-- : x);
                }
                else {
                    tg7[0] |= tv19 == tv19;
                    x = (v >= (-03777777) ? --v : v, -8 < q);
                }
            }
            v = m = (safe_shl(1048575, 31) & +b) % 04000000;
        }
        out20:;
        tv19 = tv19;
        break;
    case -10 + 1:
    case 1:
        break;
    case '\0':
        x = safe_mul(x, b) < -1 - m;
        r = c %= 100;
        break;
    default:
        b |= x;
        break;
    case 6:
        b = (long long)((unsigned long)r <= sizeof(td2)) + ((unsigned)tg7[~tv19 & 7] >> ((short)tg10[010] & 037));
        tv19 = tg7[05];
        break;
    case -10 + 4:
        b = ((-0x319) | b) ^ (r = 5) ^ c;
        m = x;
    case 15:
        tv19 <<= 02;
        break;
    }
    for (int k = 0; k < 10; k += 1) {
        x = safe_shl(v <= 1048574 ? ++v : v, b & 31) % 364271;
        if (r & c) break;
        c = +0x5;
    }
    out22:;
    int w24 = 0;
    do {
        w24 = w24 + 1;
        if (r + m) goto out23;
    } while (-2000000000 == x && w24 < 9);
    out23:;
    for (int j = 5; j > 0; j--) {
        switch (j + j & (m >= -0xfffff ? --m : m)) {
        default:
            c = b;
        case 0x10000:
        case 0:
        case 5:
            tv19 = (unsigned)!tg7[03] > tv19;
            break;
        }
        int n = ((r && j ? r : c >= m) + v * (x && b)) % 0X100000;
    }
    {
        if (0x39b) {
            if (x = c) {
                if (m >= -983041 && m <= 983040) m -= ((-198) ? c : 05) % 65536;
                if (v) {
                }
                else {
                    m = (b <= 0XFFFFE) ? b++ : b;
                }
                m = c | r > m;
            }
            else if (30 ? r : c) {
            }
            else {
                if (v %= 0x3e8, (c |= x) + (b |= x))
                    c = m % 1 & c < r;
                c /= 10;
                if (0x4)
                    b = (06 < 0XB504) * (127 <= 0xef);
            }
            m |= 7;
        }
        int w25 = 0;
        do {
            ++w25;
            r = (b > c < x) << 023;
            if (safe_shl(w25, m)) {
                r = (c / 5 / 16) < (r | c < x);
                v = ~(b - b) % 1048576;
            }
            else {
                int c, g0 = 0x5d < v && 423 * m, y = g0;
                c = 0x15e;
                v &= -safe_div(g0, m) & 63;
            }
        } while (w25 < 2);
    }
    return -7 >= -2147483647 == (m ^ m ? b < m : c || v);
}

int g1 = 250 >> (-0x7fffffff && 0XB4);
unsigned long tg5;

int f0(int q, int u, int z, int x, int c) {
    int v;
    v = g0 / 05 % 778780;
    unsigned long tv11 = -(tg5 > tg5);
    unsigned short tv12 = tg5 <= tg5;
    unsigned long ta13[8] = {5706125239625024715l, tmax_unsigned_short(g0, 65409) / 03, 126, 0, (tv12 + tg5) / 0x31, tv11, 04, tv11};
    tv12 = ta13[tg5 % 0x8];
    ta13[-tv12 & 0x7] = 0xfffffc00l;
    return v;
}

int f1(int p0, int p1, int p2, int p3, int p4, int p5, int p6, int p7, int p8) {
    int v, g3;
    v = (p1 & 0x3);
    g3 = ~g1;
    long *tp14 = tpick_long(tg6[0], 1);
    long *tp15 = tpick_long(tg6[0], 0);
    p7 = g1;
    g3 = -256 & p4;
    if (v >= -983041 && v <= 983040) v += (~g2 % 0200000);
    p6 = (v + 2 % -0x5) % 0x312f4;
    return -0X2B2;
}

int main() {
    int z = g1, m = g2;
    long *tp26 = tg6[0] + 01;
    td2 *tp27 = tg6[0];
    *tp26 = (char)(z & 127);
    if (safe_shr(-516, f0(g0, 5, m, 0X6, g0) & 0x1f) % 5) {
        for (int j = 0; j < 3; j = j + 1) {
            if (m ? f2(9, 5, 46341, g0, j, -2147483646 % 0x100000, z, m, 10, g0) <= m & g2 : '\t') continue;
            if (9) {
                for (int ti28 = 0; ti28 < (int)(sizeof tg6 / sizeof tg6[0]); ti28++)
                    for (int tj29 = 0; tj29 < 2; tj29++)
                        tg6[ti28][tj29] = 1 != tg7[+tg5 * tg7[07] % 0x9];
                m = 365 != z - j;
            }
        }
    }
    printf("main: %d %d\n", z, m);
    int chk = 0;
    chk = (chk * 7 + f0(9 > m, (1048575 - 10), m, g2 ? -0xff : -159, 0X1F < 0)) % 1000003;
    chk = (chk * 7 + f1(g2, 587 ? g2 : f0(g2, m, z, chk, m), 0x5, g2 ? chk : g2, m == g2, (z - g2) % 0xc47c8, g2, 8 / 0X64, m)) % 1000003;
    chk = (chk * 7 + f2(z = m, m, m | g0, m < 0x92, chk <= 59, chk != chk, 670 <= g0, (1048575 ^ 2147483646) % 0X100000, -m % 1048576, chk)) % 1000003;
    chk = (chk * 7 + f3(g3, 0 * 0X77359400, 0 ? z : g1)) % 1000003;
    printf("g0 = %d\n", g0);
    chk = (chk * 31 + g0) % 1000003;
    printf("g1 = %d\n", g1);
    chk = (chk * 31 + g1) % 1000003;
    printf("g2 = %d\n", g2);
    chk = (chk * 31 + g2) % 1000003;
    printf("g3 = %d\n", g3);
    chk = (chk * 31 + g3) % 1000003;
    printf("tg5 = %lu\n", tg5);
    chk = (chk * 31 + tg5 % 0xbaa24) % 1000003;
    for (int ck0 = 0; ck0 < 1; ck0++)
        for (int ck1 = 0; ck1 < 2; ck1++)
            chk = (chk * 31 + tg6[ck0][ck1] % 0xd4acf) % 1000003;
    printf("tg6[0][1] = %li\n", tg6[0][1]);
    for (int ck0 = 0; ck0 < 10; ck0++)
        chk = (chk * 31 + tg7[ck0]) % 1000003;
    printf("tg7[9] = %hhu\n", tg7[9]);
    for (int ck0 = 0; ck0 < 9; ck0++)
        chk = (chk * 31 + tg10[ck0]) % 1000003;
    printf("tg10[8] = %d\n", tg10[8]);
    printf("checksum %d\n", chk);
    return chk & 127;
}
