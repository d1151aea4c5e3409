using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Access.Users;
using Platform.Auditing;

namespace Platform.Access.Persistence;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("access_users");
        builder.Property(u => u.Name).HasMaxLength(UserNames.MaxLength);
        builder.Property(u => u.NormalizedName).HasMaxLength(UserNames.MaxLength);
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.ScopeLevel).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.ScopeUnitCode).HasMaxLength(16);
        builder.Property(u => u.CreatedBy).HasMaxLength(UserNames.MaxLength);
        // A JSON array of role names: a handful per user, always read with the user.
        builder.PrimitiveCollection(u => u.Roles);
        builder.HasIndex(u => u.NormalizedName).IsUnique();
        builder.Ignore(u => u.Scope);
        builder.Ignore(u => u.IsActiveAdministrator);
        builder.Ignore(u => u.IsNationAdministrator);
        builder.HasMany(u => u.Keys).WithOne(k => k.User).HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("access_api_keys");
        builder.Property(k => k.KeyId).HasMaxLength(32);
        builder.Property(k => k.Hash).HasMaxLength(32);
        builder.Property(k => k.CreatedBy).HasMaxLength(UserNames.MaxLength);
        builder.Property(k => k.RevokedBy).HasMaxLength(UserNames.MaxLength);
        builder.HasIndex(k => k.KeyId).IsUnique();
        // Every authenticated request looks its key up by hash.
        builder.HasIndex(k => k.Hash).IsUnique();
        builder.Ignore(k => k.IsActive);
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("access_data_protection_keys");
        // The key ring is secret: an audit entry would copy it where readers of the log can see it.
        builder.IsNotAudited();
    }
}
