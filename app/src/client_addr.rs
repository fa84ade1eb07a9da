//! The address a request comes from, as the throttles count it (server only).
//!
//! Without trusted proxies it is the connection's peer. Behind proxies it is the rightmost
//! address of `X-Forwarded-For` that is not one of them: each trusted proxy appends the
//! address it saw, so everything to the left of the first untrusted hop is whatever the
//! client wrote and counts for nothing. A header from a peer that is not a trusted proxy is
//! ignored. IPv6 addresses count by their /64 (what one subscriber usually gets), so a
//! client cannot step through its own prefix to escape a limit.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use ipnet::{IpNet, Ipv4Net, Ipv6Net};

/// The proxies whose `X-Forwarded-For` is believed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Proxies(Vec<IpNet>);

/// A proxy list that does not parse: the entry at fault.
#[derive(Debug, PartialEq, thiserror::Error)]
#[error("not an address or network: {0:?}")]
pub struct BadProxy(pub String);

impl Proxies {
    /// No proxy: the peer is the client.
    pub const NONE: Proxies = Proxies(Vec::new());

    /// Parses a comma-separated list of addresses and networks (`127.0.0.1, 10.0.0.0/8,
    /// ::1`); an address alone is a network of one.
    pub fn parse(list: &str) -> Result<Proxies, BadProxy> {
        list.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.parse::<IpNet>()
                    .or_else(|_| s.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| BadProxy(s.to_owned()))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Proxies)
    }

    /// The loopback networks (a proxy on the same host).
    pub fn loopback() -> Proxies {
        Proxies(vec![
            IpNet::V4(Ipv4Net::new_assert(Ipv4Addr::new(127, 0, 0, 0), 8)),
            IpNet::V6(Ipv6Net::new_assert(Ipv6Addr::LOCALHOST, 128)),
        ])
    }

    /// These and `other`.
    pub fn with(mut self, other: Proxies) -> Proxies {
        self.0.extend(other.0);
        self
    }

    fn trusts(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        self.0.iter().any(|net| net.contains(&ip))
    }
}

/// An IPv4 address mapped into IPv6 (`::ffff:a.b.c.d`) is the IPv4 address.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

/// One hop of `X-Forwarded-For`: an address, perhaps with a port (`1.2.3.4:5`, `[::1]:5`).
fn hop(entry: &str) -> Option<IpAddr> {
    let entry = entry.trim();
    entry
        .parse::<IpAddr>()
        .or_else(|_| entry.parse::<SocketAddr>().map(|s| s.ip()))
        .ok()
        .map(canonical)
}

/// The client of a request that came from `peer` with these `X-Forwarded-For` values (in
/// the order they arrived), as `proxies` tell it.
pub fn client(peer: Option<IpAddr>, forwarded_for: &[&str], proxies: &Proxies) -> Option<IpAddr> {
    let mut nearest = canonical(peer?);
    if !proxies.trusts(nearest) {
        return Some(nearest);
    }
    let hops: Vec<&str> = forwarded_for.iter().flat_map(|v| v.split(',')).collect();
    for entry in hops.iter().rev() {
        // A hop that is not an address breaks the chain: what is left of it is not
        // believed, and the last proxy that wrote a good one is the client as far as we know.
        let Some(ip) = hop(entry) else {
            return Some(nearest);
        };
        if !proxies.trusts(ip) {
            return Some(ip);
        }
        nearest = ip;
    }
    Some(nearest)
}

/// What a throttle counts an address under: IPv4 whole, IPv6 by its /64.
pub fn throttle_key(ip: IpAddr) -> String {
    match canonical(ip) {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn without_trusted_proxies_the_peer_is_the_client() {
        let c = client(Some(ip("203.0.113.7")), &["1.2.3.4"], &Proxies::NONE);
        assert_eq!(c, Some(ip("203.0.113.7")));
        // Nor from a peer that is not one of the trusted proxies.
        let proxies = Proxies::parse("10.0.0.1").unwrap();
        let c = client(Some(ip("203.0.113.7")), &["1.2.3.4"], &proxies);
        assert_eq!(c, Some(ip("203.0.113.7")));
    }

    #[test]
    fn the_rightmost_untrusted_hop_is_the_client() {
        let proxies = Proxies::parse("10.0.0.0/8, 127.0.0.1").unwrap();
        let peer = Some(ip("127.0.0.1"));
        // What the client wrote on the left counts for nothing.
        for forged in ["1.1.1.1", "9.9.9.9, 8.8.8.8", "garbage", ""] {
            let header = format!("{forged}, 198.51.100.9, 10.1.2.3");
            assert_eq!(
                client(peer, &[&header], &proxies),
                Some(ip("198.51.100.9")),
                "{forged}"
            );
        }
        // Several header lines are one list, in order.
        assert_eq!(
            client(peer, &["6.6.6.6, 198.51.100.9", "10.0.0.5"], &proxies),
            Some(ip("198.51.100.9"))
        );
        // Ports and brackets.
        assert_eq!(
            client(peer, &["[2001:db8::1]:4711"], &proxies),
            Some(ip("2001:db8::1"))
        );
        assert_eq!(
            client(peer, &["192.0.2.1:80"], &proxies),
            Some(ip("192.0.2.1"))
        );
    }

    #[test]
    fn a_broken_chain_stops_at_the_last_good_proxy() {
        let proxies = Proxies::parse("10.0.0.0/8, 127.0.0.1").unwrap();
        let peer = Some(ip("127.0.0.1"));
        assert_eq!(
            client(peer, &["1.2.3.4, nonsense, 10.0.0.9"], &proxies),
            Some(ip("10.0.0.9"))
        );
        assert_eq!(client(peer, &[], &proxies), Some(ip("127.0.0.1")));
        // Only proxies: the farthest one.
        assert_eq!(
            client(peer, &["10.0.0.2, 10.0.0.3"], &proxies),
            Some(ip("10.0.0.2"))
        );
    }

    #[test]
    fn mapped_ipv4_is_ipv4() {
        let proxies = Proxies::parse("127.0.0.1").unwrap();
        let c = client(
            Some(ip("::ffff:127.0.0.1")),
            &["::ffff:192.0.2.4"],
            &proxies,
        );
        assert_eq!(c, Some(ip("192.0.2.4")));
    }

    #[test]
    fn ipv6_counts_by_its_64() {
        assert_eq!(
            throttle_key(ip("2001:db8:1:2:aaaa::1")),
            "2001:db8:1:2::/64"
        );
        assert_eq!(
            throttle_key(ip("2001:db8:1:2:ffff:1:2:3")),
            "2001:db8:1:2::/64"
        );
        assert_ne!(
            throttle_key(ip("2001:db8:1:3::1")),
            throttle_key(ip("2001:db8:1:2::1"))
        );
        assert_eq!(throttle_key(ip("192.0.2.4")), "192.0.2.4");
    }

    #[test]
    fn proxy_lists() {
        assert_eq!(Proxies::parse("").unwrap(), Proxies::NONE);
        assert!(Proxies::parse("10.0.0.0/8, ::1, 192.0.2.1").is_ok());
        assert_eq!(
            Proxies::parse("10.0.0.0/8, nope"),
            Err(BadProxy("nope".into()))
        );
        assert!(Proxies::loopback().trusts(ip("127.0.0.53")));
        assert!(Proxies::loopback().trusts(ip("::1")));
        assert!(!Proxies::loopback().trusts(ip("10.0.0.1")));
    }
}
