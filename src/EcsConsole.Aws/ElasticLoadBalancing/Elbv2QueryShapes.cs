using EcsConsole.Aws.Query;

namespace EcsConsole.Aws.ElasticLoadBalancing;

/// <summary>
/// Query layout of the Elastic Load Balancing v2 operations the console calls, transcribed from the model: member names,
/// kinds and list/map layout. Fields are in dependency order because static initializers run top to bottom.
/// </summary>
internal static class Elbv2QueryShapes
{
    public static readonly QueryShape DescribeLoadBalancersInput = QueryShape.Structure(
        new QueryMember("LoadBalancerArns", QueryShape.ListOf(QueryShape.String)),
        new QueryMember("Names", QueryShape.ListOf(QueryShape.String)),
        new QueryMember("Marker", QueryShape.String),
        new QueryMember("PageSize", QueryShape.Integer));

    public static readonly QueryShape LoadBalancerState = QueryShape.Structure(
        new QueryMember("Code", QueryShape.String),
        new QueryMember("Reason", QueryShape.String));

    public static readonly QueryShape LoadBalancerAddress = QueryShape.Structure(
        new QueryMember("IpAddress", QueryShape.String),
        new QueryMember("AllocationId", QueryShape.String),
        new QueryMember("PrivateIPv4Address", QueryShape.String),
        new QueryMember("IPv6Address", QueryShape.String));

    public static readonly QueryShape AvailabilityZone = QueryShape.Structure(
        new QueryMember("ZoneName", QueryShape.String),
        new QueryMember("SubnetId", QueryShape.String),
        new QueryMember("OutpostId", QueryShape.String),
        new QueryMember("LoadBalancerAddresses", QueryShape.ListOf(LoadBalancerAddress)),
        new QueryMember("SourceNatIpv6Prefixes", QueryShape.ListOf(QueryShape.String)));

    public static readonly QueryShape IpamPools = QueryShape.Structure(
        new QueryMember("Ipv4IpamPoolId", QueryShape.String));

    public static readonly QueryShape LoadBalancer = QueryShape.Structure(
        new QueryMember("LoadBalancerArn", QueryShape.String),
        new QueryMember("DNSName", QueryShape.String),
        new QueryMember("CanonicalHostedZoneId", QueryShape.String),
        new QueryMember("CreatedTime", QueryShape.Timestamp),
        new QueryMember("LoadBalancerName", QueryShape.String),
        new QueryMember("Scheme", QueryShape.String),
        new QueryMember("VpcId", QueryShape.String),
        new QueryMember("State", LoadBalancerState),
        new QueryMember("Type", QueryShape.String),
        new QueryMember("AvailabilityZones", QueryShape.ListOf(AvailabilityZone)),
        new QueryMember("SecurityGroups", QueryShape.ListOf(QueryShape.String)),
        new QueryMember("IpAddressType", QueryShape.String),
        new QueryMember("CustomerOwnedIpv4Pool", QueryShape.String),
        new QueryMember("EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic", QueryShape.String),
        new QueryMember("EnablePrefixForIpv6SourceNat", QueryShape.String),
        new QueryMember("IpamPools", IpamPools));

    public static readonly QueryShape DescribeLoadBalancersOutput = QueryShape.Structure(
        new QueryMember("LoadBalancers", QueryShape.ListOf(LoadBalancer)),
        new QueryMember("NextMarker", QueryShape.String));

    public static readonly QueryShape DescribeTargetGroupsInput = QueryShape.Structure(
        new QueryMember("LoadBalancerArn", QueryShape.String),
        new QueryMember("TargetGroupArns", QueryShape.ListOf(QueryShape.String)),
        new QueryMember("Names", QueryShape.ListOf(QueryShape.String)),
        new QueryMember("Marker", QueryShape.String),
        new QueryMember("PageSize", QueryShape.Integer));

    public static readonly QueryShape Matcher = QueryShape.Structure(
        new QueryMember("HttpCode", QueryShape.String),
        new QueryMember("GrpcCode", QueryShape.String));

    public static readonly QueryShape TargetGroup = QueryShape.Structure(
        new QueryMember("TargetGroupArn", QueryShape.String),
        new QueryMember("TargetGroupName", QueryShape.String),
        new QueryMember("Protocol", QueryShape.String),
        new QueryMember("Port", QueryShape.Integer),
        new QueryMember("VpcId", QueryShape.String),
        new QueryMember("HealthCheckProtocol", QueryShape.String),
        new QueryMember("HealthCheckPort", QueryShape.String),
        new QueryMember("HealthCheckEnabled", QueryShape.Boolean),
        new QueryMember("HealthCheckIntervalSeconds", QueryShape.Integer),
        new QueryMember("HealthCheckTimeoutSeconds", QueryShape.Integer),
        new QueryMember("HealthyThresholdCount", QueryShape.Integer),
        new QueryMember("UnhealthyThresholdCount", QueryShape.Integer),
        new QueryMember("HealthCheckPath", QueryShape.String),
        new QueryMember("Matcher", Matcher),
        new QueryMember("LoadBalancerArns", QueryShape.ListOf(QueryShape.String)),
        new QueryMember("TargetType", QueryShape.String),
        new QueryMember("ProtocolVersion", QueryShape.String),
        new QueryMember("IpAddressType", QueryShape.String),
        new QueryMember("TargetControlPort", QueryShape.Integer));

    public static readonly QueryShape DescribeTargetGroupsOutput = QueryShape.Structure(
        new QueryMember("TargetGroups", QueryShape.ListOf(TargetGroup)),
        new QueryMember("NextMarker", QueryShape.String));

    public static readonly QueryShape TargetDescription = QueryShape.Structure(
        new QueryMember("Id", QueryShape.String),
        new QueryMember("Port", QueryShape.Integer),
        new QueryMember("AvailabilityZone", QueryShape.String),
        new QueryMember("QuicServerId", QueryShape.String));

    public static readonly QueryShape DescribeTargetHealthInput = QueryShape.Structure(
        new QueryMember("TargetGroupArn", QueryShape.String),
        new QueryMember("Targets", QueryShape.ListOf(TargetDescription)),
        new QueryMember("Include", QueryShape.ListOf(QueryShape.String)));

    public static readonly QueryShape TargetHealth = QueryShape.Structure(
        new QueryMember("State", QueryShape.String),
        new QueryMember("Reason", QueryShape.String),
        new QueryMember("Description", QueryShape.String));

    public static readonly QueryShape AnomalyDetection = QueryShape.Structure(
        new QueryMember("Result", QueryShape.String),
        new QueryMember("MitigationInEffect", QueryShape.String));

    public static readonly QueryShape AdministrativeOverride = QueryShape.Structure(
        new QueryMember("State", QueryShape.String),
        new QueryMember("Reason", QueryShape.String),
        new QueryMember("Description", QueryShape.String));

    public static readonly QueryShape TargetHealthDescription = QueryShape.Structure(
        new QueryMember("Target", TargetDescription),
        new QueryMember("HealthCheckPort", QueryShape.String),
        new QueryMember("TargetHealth", TargetHealth),
        new QueryMember("AnomalyDetection", AnomalyDetection),
        new QueryMember("AdministrativeOverride", AdministrativeOverride));

    public static readonly QueryShape DescribeTargetHealthOutput = QueryShape.Structure(
        new QueryMember("TargetHealthDescriptions", QueryShape.ListOf(TargetHealthDescription)));

    public static readonly QueryShape DescribeTagsInput = QueryShape.Structure(
        new QueryMember("ResourceArns", QueryShape.ListOf(QueryShape.String)));

    // Its own Tag, not Elbv2WriteQueryShapes.Tag: those shapes read these, and a reference back would see them unset.
    public static readonly QueryShape Tag = QueryShape.Structure(
        new QueryMember("Key", QueryShape.String),
        new QueryMember("Value", QueryShape.String));

    public static readonly QueryShape TagDescription = QueryShape.Structure(
        new QueryMember("ResourceArn", QueryShape.String),
        new QueryMember("Tags", QueryShape.ListOf(Tag)));

    public static readonly QueryShape DescribeTagsOutput = QueryShape.Structure(
        new QueryMember("TagDescriptions", QueryShape.ListOf(TagDescription)));

    public static readonly QueryShape DescribeListenersInput = QueryShape.Structure(
        new QueryMember("LoadBalancerArn", QueryShape.String),
        new QueryMember("ListenerArns", QueryShape.ListOf(QueryShape.String)),
        new QueryMember("Marker", QueryShape.String),
        new QueryMember("PageSize", QueryShape.Integer));

    public static readonly QueryShape Certificate = QueryShape.Structure(
        new QueryMember("CertificateArn", QueryShape.String),
        new QueryMember("IsDefault", QueryShape.Boolean));

    public static readonly QueryShape AuthenticateOidcActionConfig = QueryShape.Structure(
        new QueryMember("Issuer", QueryShape.String),
        new QueryMember("AuthorizationEndpoint", QueryShape.String),
        new QueryMember("TokenEndpoint", QueryShape.String),
        new QueryMember("UserInfoEndpoint", QueryShape.String),
        new QueryMember("ClientId", QueryShape.String),
        new QueryMember("ClientSecret", QueryShape.String),
        new QueryMember("SessionCookieName", QueryShape.String),
        new QueryMember("Scope", QueryShape.String),
        new QueryMember("SessionTimeout", QueryShape.Long),
        new QueryMember("AuthenticationRequestExtraParams", QueryShape.MapOf(QueryShape.String, QueryShape.String)),
        new QueryMember("OnUnauthenticatedRequest", QueryShape.String),
        new QueryMember("UseExistingClientSecret", QueryShape.Boolean));

    public static readonly QueryShape AuthenticateCognitoActionConfig = QueryShape.Structure(
        new QueryMember("UserPoolArn", QueryShape.String),
        new QueryMember("UserPoolClientId", QueryShape.String),
        new QueryMember("UserPoolDomain", QueryShape.String),
        new QueryMember("SessionCookieName", QueryShape.String),
        new QueryMember("Scope", QueryShape.String),
        new QueryMember("SessionTimeout", QueryShape.Long),
        new QueryMember("AuthenticationRequestExtraParams", QueryShape.MapOf(QueryShape.String, QueryShape.String)),
        new QueryMember("OnUnauthenticatedRequest", QueryShape.String));

    public static readonly QueryShape RedirectActionConfig = QueryShape.Structure(
        new QueryMember("Protocol", QueryShape.String),
        new QueryMember("Port", QueryShape.String),
        new QueryMember("Host", QueryShape.String),
        new QueryMember("Path", QueryShape.String),
        new QueryMember("Query", QueryShape.String),
        new QueryMember("StatusCode", QueryShape.String));

    public static readonly QueryShape FixedResponseActionConfig = QueryShape.Structure(
        new QueryMember("MessageBody", QueryShape.String),
        new QueryMember("StatusCode", QueryShape.String),
        new QueryMember("ContentType", QueryShape.String));

    public static readonly QueryShape TargetGroupTuple = QueryShape.Structure(
        new QueryMember("TargetGroupArn", QueryShape.String),
        new QueryMember("Weight", QueryShape.Integer));

    public static readonly QueryShape TargetGroupStickinessConfig = QueryShape.Structure(
        new QueryMember("Enabled", QueryShape.Boolean),
        new QueryMember("DurationSeconds", QueryShape.Integer));

    public static readonly QueryShape ForwardActionConfig = QueryShape.Structure(
        new QueryMember("TargetGroups", QueryShape.ListOf(TargetGroupTuple)),
        new QueryMember("TargetGroupStickinessConfig", TargetGroupStickinessConfig));

    public static readonly QueryShape JwtValidationActionAdditionalClaim = QueryShape.Structure(
        new QueryMember("Format", QueryShape.String),
        new QueryMember("Name", QueryShape.String),
        new QueryMember("Values", QueryShape.ListOf(QueryShape.String)));

    public static readonly QueryShape JwtValidationActionConfig = QueryShape.Structure(
        new QueryMember("JwksEndpoint", QueryShape.String),
        new QueryMember("Issuer", QueryShape.String),
        new QueryMember("AdditionalClaims", QueryShape.ListOf(JwtValidationActionAdditionalClaim)));

    public static readonly QueryShape Action = QueryShape.Structure(
        new QueryMember("Type", QueryShape.String),
        new QueryMember("TargetGroupArn", QueryShape.String),
        new QueryMember("AuthenticateOidcConfig", AuthenticateOidcActionConfig),
        new QueryMember("AuthenticateCognitoConfig", AuthenticateCognitoActionConfig),
        new QueryMember("Order", QueryShape.Integer),
        new QueryMember("RedirectConfig", RedirectActionConfig),
        new QueryMember("FixedResponseConfig", FixedResponseActionConfig),
        new QueryMember("ForwardConfig", ForwardActionConfig),
        new QueryMember("JwtValidationConfig", JwtValidationActionConfig));

    public static readonly QueryShape MutualAuthenticationAttributes = QueryShape.Structure(
        new QueryMember("Mode", QueryShape.String),
        new QueryMember("TrustStoreArn", QueryShape.String),
        new QueryMember("IgnoreClientCertificateExpiry", QueryShape.Boolean),
        new QueryMember("TrustStoreAssociationStatus", QueryShape.String),
        new QueryMember("AdvertiseTrustStoreCaNames", QueryShape.String));

    public static readonly QueryShape Listener = QueryShape.Structure(
        new QueryMember("ListenerArn", QueryShape.String),
        new QueryMember("LoadBalancerArn", QueryShape.String),
        new QueryMember("Port", QueryShape.Integer),
        new QueryMember("Protocol", QueryShape.String),
        new QueryMember("Certificates", QueryShape.ListOf(Certificate)),
        new QueryMember("SslPolicy", QueryShape.String),
        new QueryMember("DefaultActions", QueryShape.ListOf(Action)),
        new QueryMember("AlpnPolicy", QueryShape.ListOf(QueryShape.String)),
        new QueryMember("MutualAuthentication", MutualAuthenticationAttributes));

    public static readonly QueryShape DescribeListenersOutput = QueryShape.Structure(
        new QueryMember("Listeners", QueryShape.ListOf(Listener)),
        new QueryMember("NextMarker", QueryShape.String));

    public static readonly QueryShape DescribeRulesInput = QueryShape.Structure(
        new QueryMember("ListenerArn", QueryShape.String),
        new QueryMember("RuleArns", QueryShape.ListOf(QueryShape.String)),
        new QueryMember("Marker", QueryShape.String),
        new QueryMember("PageSize", QueryShape.Integer));

    public static readonly QueryShape HostHeaderConditionConfig = QueryShape.Structure(
        new QueryMember("Values", QueryShape.ListOf(QueryShape.String)),
        new QueryMember("RegexValues", QueryShape.ListOf(QueryShape.String)));

    public static readonly QueryShape PathPatternConditionConfig = QueryShape.Structure(
        new QueryMember("Values", QueryShape.ListOf(QueryShape.String)),
        new QueryMember("RegexValues", QueryShape.ListOf(QueryShape.String)));

    public static readonly QueryShape HttpHeaderConditionConfig = QueryShape.Structure(
        new QueryMember("HttpHeaderName", QueryShape.String),
        new QueryMember("Values", QueryShape.ListOf(QueryShape.String)),
        new QueryMember("RegexValues", QueryShape.ListOf(QueryShape.String)));

    public static readonly QueryShape QueryStringKeyValuePair = QueryShape.Structure(
        new QueryMember("Key", QueryShape.String),
        new QueryMember("Value", QueryShape.String));

    public static readonly QueryShape QueryStringConditionConfig = QueryShape.Structure(
        new QueryMember("Values", QueryShape.ListOf(QueryStringKeyValuePair)));

    public static readonly QueryShape HttpRequestMethodConditionConfig = QueryShape.Structure(
        new QueryMember("Values", QueryShape.ListOf(QueryShape.String)));

    public static readonly QueryShape SourceIpConditionConfig = QueryShape.Structure(
        new QueryMember("Values", QueryShape.ListOf(QueryShape.String)),
        new QueryMember("IpAddressType", QueryShape.String));

    public static readonly QueryShape RuleCondition = QueryShape.Structure(
        new QueryMember("Field", QueryShape.String),
        new QueryMember("Values", QueryShape.ListOf(QueryShape.String)),
        new QueryMember("HostHeaderConfig", HostHeaderConditionConfig),
        new QueryMember("PathPatternConfig", PathPatternConditionConfig),
        new QueryMember("HttpHeaderConfig", HttpHeaderConditionConfig),
        new QueryMember("QueryStringConfig", QueryStringConditionConfig),
        new QueryMember("HttpRequestMethodConfig", HttpRequestMethodConditionConfig),
        new QueryMember("SourceIpConfig", SourceIpConditionConfig),
        new QueryMember("RegexValues", QueryShape.ListOf(QueryShape.String)));

    public static readonly QueryShape RewriteConfig = QueryShape.Structure(
        new QueryMember("Regex", QueryShape.String),
        new QueryMember("Replace", QueryShape.String));

    public static readonly QueryShape HostHeaderRewriteConfig = QueryShape.Structure(
        new QueryMember("Rewrites", QueryShape.ListOf(RewriteConfig)));

    public static readonly QueryShape UrlRewriteConfig = QueryShape.Structure(
        new QueryMember("Rewrites", QueryShape.ListOf(RewriteConfig)));

    public static readonly QueryShape RuleTransform = QueryShape.Structure(
        new QueryMember("Type", QueryShape.String),
        new QueryMember("HostHeaderRewriteConfig", HostHeaderRewriteConfig),
        new QueryMember("UrlRewriteConfig", UrlRewriteConfig));

    public static readonly QueryShape Rule = QueryShape.Structure(
        new QueryMember("RuleArn", QueryShape.String),
        new QueryMember("Priority", QueryShape.String),
        new QueryMember("Conditions", QueryShape.ListOf(RuleCondition)),
        new QueryMember("Actions", QueryShape.ListOf(Action)),
        new QueryMember("IsDefault", QueryShape.Boolean),
        new QueryMember("Transforms", QueryShape.ListOf(RuleTransform)));

    public static readonly QueryShape DescribeRulesOutput = QueryShape.Structure(
        new QueryMember("Rules", QueryShape.ListOf(Rule)),
        new QueryMember("NextMarker", QueryShape.String));
}
